package dev.flaskspring.routing;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** One of a fixed set of values, {@code <any(about, help):page>}; Werkzeug's {@code AnyConverter}. */
public final class AnyConverter implements UrlConverter {

    private final Set<String> items;
    private final String regex;

    /** Accepts exactly the given items. */
    public AnyConverter(List<String> items) {
        this.items = new LinkedHashSet<>(items);
        this.regex = "(?:" + items.stream().map(Pattern::quote).collect(Collectors.joining("|")) + ")";
    }

    @Override
    public Object toJava(String segment) {
        return segment;
    }

    @Override
    public String toUrl(Object value) {
        String s = String.valueOf(value);
        if (items.contains(s)) {
            return s;
        }
        String valid = new TreeSet<>(items).stream().map(i -> "'" + i + "'").collect(Collectors.joining(", "));
        throw new IllegalArgumentException("'" + s + "' is not one of " + valid);
    }

    @Override
    public String regex() {
        return regex;
    }

    @Override
    public UrlConverter withArguments(List<Object> args, Map<String, Object> kwargs) {
        if (!kwargs.isEmpty()) {
            throw new IllegalArgumentException("'any' takes only positional items, got " + kwargs);
        }
        List<String> values = new ArrayList<>();
        args.forEach(a -> values.add(String.valueOf(a)));
        return new AnyConverter(values);
    }
}
