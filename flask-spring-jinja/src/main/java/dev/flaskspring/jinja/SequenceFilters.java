package dev.flaskspring.jinja;

import com.hubspot.jinjava.lib.filter.Filter;
import com.hubspot.jinjava.objects.PyWrapper;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Jinja's filters on sequences, numbers and objects whose Jinjava versions differ or are missing: {@code first},
 * {@code last}, {@code sort}, {@code unique}, {@code min}, {@code max}, {@code batch}, {@code slice}, {@code groupby},
 * {@code items}, {@code attr} and {@code round}.
 */
final class SequenceFilters {

    private SequenceFilters() {
    }

    static List<Filter> all() {
        return List.of(
                new PyFilter("first", (v, a) -> {
                    List<Object> items = list(v);
                    return items.isEmpty() ? null : items.get(0);
                }),
                new PyFilter("last", (v, a) -> {
                    List<Object> items = list(v);
                    return items.isEmpty() ? null : items.get(items.size() - 1);
                }),
                new PyFilter("sort", SequenceFilters::sort, "reverse", "case_sensitive", "attribute"),
                new PyFilter("unique", SequenceFilters::unique, "case_sensitive", "attribute"),
                new PyFilter("min", (v, a) -> extreme(v, a, false), "case_sensitive", "attribute"),
                new PyFilter("max", (v, a) -> extreme(v, a, true), "case_sensitive", "attribute"),
                new PyFilter("batch", SequenceFilters::batch, "linecount", "fill_with"),
                new PyFilter("slice", SequenceFilters::slice, "slices", "fill_with"),
                new PyFilter("groupby", SequenceFilters::groupby, "attribute", "default", "case_sensitive"),
                new PyFilter("items", (v, a) -> v == null ? List.of() : new ArrayList<>(((Map<?, ?>) v).entrySet())),
                new PyFilter("attr", (v, a) -> v instanceof Map ? null
                        : PythonResolver.attribute(v, a.string("name", ""))),
                new PyFilter("round", SequenceFilters::round, "precision", "method"));
    }

    private static List<Object> list(Object value) {
        List<Object> out = new ArrayList<>();
        if (value != null) {
            PyIter.of(value).forEach(out::add);
        }
        return out;
    }

    /** The sort key of an item: its {@code attribute} (comma-separated for several) or itself. */
    private static Object key(Object item, String attribute) {
        if (attribute == null) {
            return item;
        }
        if (attribute.indexOf(',') < 0) {
            return AttributeGetter.get(item, attribute);
        }
        List<Object> keys = new ArrayList<>();
        for (String part : attribute.split(",")) {
            keys.add(AttributeGetter.get(item, part.trim()));
        }
        return keys;
    }

    private static Object sort(Object value, FilterArgs args) {
        String attribute = args.string("attribute", null);
        Comparator<Object> order = Comparator.comparing(item -> key(item, attribute),
                PyCompare.ordering(args.bool("case_sensitive", false)));
        List<Object> items = list(value);
        items.sort(args.bool("reverse", false) ? order.reversed() : order);
        return items;
    }

    private static Object caseKey(Object key, boolean caseSensitive) {
        return !caseSensitive && PyCompare.isText(key) ? key.toString().toLowerCase(Locale.ROOT) : PyValues.toJava(key);
    }

    private static Object unique(Object value, FilterArgs args) {
        String attribute = args.string("attribute", null);
        boolean caseSensitive = args.bool("case_sensitive", false);
        Set<Object> seen = new HashSet<>();
        List<Object> out = new ArrayList<>();
        for (Object item : list(value)) {
            if (seen.add(caseKey(key(item, attribute), caseSensitive))) {
                out.add(item);
            }
        }
        return out;
    }

    private static Object extreme(Object value, FilterArgs args, boolean max) {
        String attribute = args.string("attribute", null);
        Comparator<Object> order = Comparator.comparing(item -> key(item, attribute),
                PyCompare.ordering(args.bool("case_sensitive", false)));
        List<Object> items = list(value);
        if (items.isEmpty()) {
            return null;
        }
        return max ? items.stream().max(order).get() : items.stream().min(order).get();
    }

    private static Object batch(Object value, FilterArgs args) {
        int size = args.integer("linecount", 1);
        Object fill = args.get("fill_with", null);
        List<Object> items = list(value);
        List<Object> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i += size) {
            List<Object> row = new ArrayList<>(items.subList(i, Math.min(items.size(), i + size)));
            while (fill != null && row.size() < size) {
                row.add(fill);
            }
            out.add(row);
        }
        return out;
    }

    private static Object slice(Object value, FilterArgs args) {
        int slices = args.integer("slices", 1);
        Object fill = args.get("fill_with", null);
        List<Object> items = list(value);
        int perSlice = items.size() / slices;
        int withExtra = items.size() % slices;
        int offset = 0;
        List<Object> out = new ArrayList<>();
        for (int n = 0; n < slices; n++) {
            int start = offset + n * perSlice;
            if (n < withExtra) {
                offset++;
            }
            int end = offset + (n + 1) * perSlice;
            List<Object> column = new ArrayList<>(items.subList(start, end));
            if (fill != null && n >= withExtra) {
                column.add(fill);
            }
            out.add(column);
        }
        return out;
    }

    private static Object groupby(Object value, FilterArgs args) {
        String attribute = args.string("attribute", "");
        Object fallback = args.get("default", null);
        boolean caseSensitive = args.bool("case_sensitive", false);
        List<Object> items = list(value);
        items.sort(Comparator.comparing(item -> caseKey(grouper(item, attribute, fallback), caseSensitive),
                PyCompare.ordering(true)));
        List<Object> groups = new ArrayList<>();
        Group current = null;
        for (Object item : items) {
            Object key = caseKey(grouper(item, attribute, fallback), caseSensitive);
            if (current == null || !PyOperators.equal(current.key, key)) {
                current = new Group(key, grouper(item, attribute, fallback));
                groups.add(current);
            }
            current.items.add(item);
        }
        return groups;
    }

    private static Object grouper(Object item, String attribute, Object fallback) {
        Object key = AttributeGetter.get(item, attribute);
        return key == null && fallback != null ? fallback : key;
    }

    /** Jinja's {@code round(value, precision=0, method='common')}: half to even on the exact value, floor, or ceil. */
    private static Object round(Object value, FilterArgs args) {
        int precision = args.integer("precision", 0);
        String method = args.string("method", "common");
        Object plain = PyValues.toJava(value);
        boolean integral = plain instanceof Long || plain instanceof Integer;
        if (integral && method.equals("common")) {
            return plain;
        }
        BigDecimal exact = new BigDecimal(((Number) plain).doubleValue());
        RoundingMode mode = switch (method) {
            case "common" -> RoundingMode.HALF_EVEN;
            case "floor" -> RoundingMode.FLOOR;
            case "ceil" -> RoundingMode.CEILING;
            default -> throw new TemplateRuntimeError("method must be common, ceil or floor", null);
        };
        return exact.setScale(precision, mode).doubleValue();
    }

    /** One group of {@code groupby}: {@code group.grouper}, {@code group.list}, or unpacked as two values. */
    static final class Group extends AbstractList<Object> implements PyWrapper {
        private final Object key;
        private final Object grouper;
        private final List<Object> items = new ArrayList<>();

        Group(Object key, Object grouper) {
            this.key = key;
            this.grouper = grouper;
        }

        /** The value the items share. */
        public Object grouper() {
            return grouper;
        }

        /** The items of the group. */
        public List<Object> list() {
            return items;
        }

        @Override
        public Object get(int index) {
            return switch (index) {
                case 0 -> grouper;
                case 1 -> items;
                default -> throw new IndexOutOfBoundsException(index);
            };
        }

        @Override
        public int size() {
            return 2;
        }
    }
}
