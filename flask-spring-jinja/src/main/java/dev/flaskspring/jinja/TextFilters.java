package dev.flaskspring.jinja;

import com.hubspot.jinjava.lib.filter.Filter;
import com.hubspot.jinjava.objects.SafeString;
import dev.flaskspring.templating.Markup;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Jinja's text filters whose Jinjava versions differ: {@code default}, {@code trim(chars)}, {@code truncate} with
 * Jinja's leeway, {@code string}, {@code urlencode}, {@code filesizeformat} and {@code xmlattr}.
 */
final class TextFilters {

    private static final int TRUNCATE_LEEWAY = 5;
    private static final String[] DECIMAL_UNITS = {"kB", "MB", "GB", "TB", "PB", "EB", "ZB", "YB"};
    private static final String[] BINARY_UNITS = {"KiB", "MiB", "GiB", "TiB", "PiB", "EiB", "ZiB", "YiB"};

    private TextFilters() {
    }

    static List<Filter> all() {
        return List.of(
                new PyFilter("trim", (v, a) -> StrMethods.strip(PyStr.str(v), a.string("chars", null), true, true),
                        "chars"),
                new PyFilter("truncate", TextFilters::truncate, "length", "killwords", "end", "leeway"),
                new PyFilter("default", TextFilters::fallback, "default_value", "boolean"),
                new PyFilter("d", TextFilters::fallback, "default_value", "boolean"),
                new PyFilter("string", (v, a) -> v instanceof SafeString ? v : PyStr.str(v)),
                new PyFilter("urlencode", (v, a) -> urlencode(v)),
                new PyFilter("filesizeformat", (v, a) -> filesizeformat(((Number) PyValues.toJava(v)).doubleValue(),
                        a.bool("binary", false)), "binary"),
                new PyFilter("xmlattr", (v, a) -> xmlattr((Map<?, ?>) v, a.bool("autospace", true)), "autospace"));
    }

    /** Jinja's {@code default(value, default_value='', boolean=False)}: for undefined, or any false value. */
    private static Object fallback(Object value, FilterArgs args) {
        boolean replace = value == null || args.bool("boolean", false) && !PyTruth.of(value);
        return replace ? args.get("default_value", "") : value;
    }

    /** Jinja's {@code truncate(s, length=255, killwords=False, end='...', leeway=5)}. */
    private static Object truncate(Object value, FilterArgs args) {
        String s = PyStr.str(value);
        int length = args.integer("length", 255);
        String end = args.string("end", "...");
        int leeway = args.integer("leeway", TRUNCATE_LEEWAY);
        if (s.length() <= length + leeway) {
            return s;
        }
        String head = s.substring(0, Math.max(0, length - end.length()));
        if (args.bool("killwords", false)) {
            return head + end;
        }
        int space = head.lastIndexOf(' ');
        return (space >= 0 ? head.substring(0, space) : head) + end;
    }

    /** Jinja's {@code urlencode}: a string quoted with {@code /} safe, a dict or pairs as a query string. */
    private static String urlencode(Object value) {
        Object plain = PyValues.toJava(value);
        if (plain instanceof Map<?, ?> map) {
            StringBuilder out = new StringBuilder();
            map.forEach((k, v) -> out.append(out.length() > 0 ? "&" : "").append(quote(PyStr.str(k), true))
                    .append('=').append(quote(PyStr.str(PyValues.toJava(v)), true)));
            return out.toString();
        }
        if (plain instanceof List<?> pairs) {
            StringBuilder out = new StringBuilder();
            for (Object pair : pairs) {
                List<?> kv = (List<?>) pair;
                out.append(out.length() > 0 ? "&" : "").append(quote(PyStr.str(kv.get(0)), true)).append('=')
                        .append(quote(PyStr.str(kv.get(1)), true));
            }
            return out.toString();
        }
        return quote(PyStr.str(plain), false);
    }

    /** Python's {@code quote}: letters, digits and {@code _.-~} as they are ({@code /} too outside a query). */
    private static String quote(String s, boolean forQuery) {
        StringBuilder out = new StringBuilder();
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "_.-~".indexOf(c) >= 0
                    || (!forQuery && c == '/')) {
                out.append((char) c);
            } else if (forQuery && c == ' ') {
                out.append('+');
            } else {
                out.append('%').append(String.format("%02X", c));
            }
        }
        return out.toString();
    }

    /** Jinja's {@code filesizeformat(value, binary=False)}: {@code 1.0 kB}, {@code 1.0 KiB}, {@code 12 Bytes}. */
    static String filesizeformat(double bytes, boolean binary) {
        int base = binary ? 1024 : 1000;
        String[] units = binary ? BINARY_UNITS : DECIMAL_UNITS;
        if (bytes == 1) {
            return "1 Byte";
        }
        if (bytes < base) {
            return (long) bytes + " Bytes";
        }
        double unit = base;
        for (int i = 0; i < units.length; i++) {
            unit *= base;
            if (bytes < unit || i == units.length - 1) {
                return String.format(Locale.ROOT, "%.1f %s", base * bytes / unit, units[i]);
            }
        }
        throw new IllegalStateException("unreachable");
    }

    /** Jinja's {@code xmlattr}: {@code  key="value"} pairs, escaped, skipping None and undefined values. */
    private static SafeString xmlattr(Map<?, ?> attributes, boolean autospace) {
        StringBuilder out = new StringBuilder();
        attributes.forEach((k, v) -> {
            if (v != null && v != PyNone.INSTANCE) {
                String key = PyStr.str(k);
                if (key.isEmpty() || key.chars().anyMatch(c -> Character.isWhitespace(c) || "/>=".indexOf(c) >= 0)) {
                    throw new TemplateRuntimeError("Invalid character in attribute name: " + PyStr.repr(key), null);
                }
                out.append(out.length() > 0 ? " " : "").append(Markup.escapeText(key)).append("=\"")
                        .append(PyStr.output(v, true)).append('"');
            }
        });
        return new SafeString(autospace && out.length() > 0 ? " " + out : out.toString());
    }
}
