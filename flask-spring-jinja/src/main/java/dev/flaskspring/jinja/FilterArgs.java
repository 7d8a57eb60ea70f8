package dev.flaskspring.jinja;

import java.util.List;
import java.util.Map;

/**
 * A filter's arguments as Python binds them: positional ones in the order of the filter's parameter names, the
 * rest by name; {@code sort(reverse=true)} and {@code sort(true)} read alike.
 */
final class FilterArgs {

    private final Object[] args;
    private final Map<String, Object> kwargs;
    private final List<String> names;

    FilterArgs(Object[] args, Map<String, Object> kwargs, String... names) {
        this.args = args;
        this.kwargs = kwargs;
        this.names = List.of(names);
    }

    /** The argument {@code name}, or {@code fallback} when not given (or given as None). */
    Object get(String name, Object fallback) {
        int i = names.indexOf(name);
        Object value = i >= 0 && i < args.length ? args[i] : kwargs.getOrDefault(name, fallback);
        return value == null || value == PyNone.INSTANCE ? fallback : value;
    }

    boolean bool(String name, boolean fallback) {
        return PyTruth.of(get(name, fallback));
    }

    int integer(String name, int fallback) {
        return ((Number) get(name, fallback)).intValue();
    }

    String string(String name, String fallback) {
        Object value = get(name, fallback);
        return value == null ? null : PyStr.str(value);
    }
}
