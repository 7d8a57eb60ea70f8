package dev.flaskspring.wrappers;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Ordered, case-insensitive, multi-valued HTTP headers; Werkzeug's {@code Headers}.
 * <p>Keeps the order headers were added in and the spelling of each name as given.
 */
public final class Headers {

    private final List<String> names = new ArrayList<>();
    private final List<String> values = new ArrayList<>();

    /** An empty header list. */
    public Headers() {
    }

    /** A header list holding each entry of {@code headers}; a {@code Collection} value adds one header per element. */
    public static Headers of(Map<String, ?> headers) {
        Headers h = new Headers();
        h.extend(headers);
        return h;
    }

    /** Adds every entry of {@code headers}; a {@code Collection} value adds one header per element. */
    public void extend(Map<String, ?> headers) {
        headers.forEach((name, value) -> {
            if (value instanceof Iterable<?> many) {
                many.forEach(v -> add(name, String.valueOf(v)));
            } else {
                add(name, String.valueOf(value));
            }
        });
    }

    /**
     * Replaces each named header with the given value(s); Werkzeug's {@code Headers.update}.
     */
    public void update(Map<String, ?> headers) {
        headers.forEach((name, value) -> {
            remove(name);
            if (value instanceof Iterable<?> many) {
                many.forEach(v -> add(name, String.valueOf(v)));
            } else {
                add(name, String.valueOf(value));
            }
        });
    }

    /** The first value of {@code name}, or null. */
    public String get(String name) {
        for (int i = 0; i < names.size(); i++) {
            if (names.get(i).equalsIgnoreCase(name)) {
                return values.get(i);
            }
        }
        return null;
    }

    /** The first value of {@code name}, or {@code defaultValue}. */
    public String get(String name, String defaultValue) {
        String v = get(name);
        return v != null ? v : defaultValue;
    }

    /** Every value of {@code name}, in order. */
    public List<String> getAll(String name) {
        List<String> out = new ArrayList<>(1);
        for (int i = 0; i < names.size(); i++) {
            if (names.get(i).equalsIgnoreCase(name)) {
                out.add(values.get(i));
            }
        }
        return out;
    }

    /** Whether a header named {@code name} is present. */
    public boolean containsKey(String name) {
        return get(name) != null;
    }

    /** Appends a header, keeping existing ones of the same name. Values with CR or LF are refused. */
    public void add(String name, String value) {
        names.add(checked(name));
        values.add(checked(value));
    }

    /** Replaces all headers named {@code name} with one, in the place of the first; Werkzeug's {@code set}. */
    public void set(String name, String value) {
        checked(name);
        checked(value);
        int first = -1;
        for (int i = 0; i < names.size(); i++) {
            if (names.get(i).equalsIgnoreCase(name)) {
                if (first < 0) {
                    first = i;
                    values.set(i, value);
                } else {
                    names.remove(i);
                    values.remove(i);
                    i--;
                }
            }
        }
        if (first < 0) {
            names.add(name);
            values.add(value);
        }
    }

    /** Sets {@code name} only when it is absent; Werkzeug's {@code setdefault}. Returns the value now in force. */
    public String setDefault(String name, String value) {
        String existing = get(name);
        if (existing != null) {
            return existing;
        }
        add(name, value);
        return value;
    }

    /** Removes every header named {@code name}; returns whether one was removed. */
    public boolean remove(String name) {
        boolean removed = false;
        for (int i = names.size() - 1; i >= 0; i--) {
            if (names.get(i).equalsIgnoreCase(name)) {
                names.remove(i);
                values.remove(i);
                removed = true;
            }
        }
        return removed;
    }

    /** Removes every header. */
    public void clear() {
        names.clear();
        values.clear();
    }

    /** The number of header lines. */
    public int size() {
        return names.size();
    }

    /** Whether there are no headers. */
    public boolean isEmpty() {
        return names.isEmpty();
    }

    /** Calls {@code action} with each name and value, in order. */
    public void forEach(BiConsumer<String, String> action) {
        for (int i = 0; i < names.size(); i++) {
            action.accept(names.get(i), values.get(i));
        }
    }

    /** Every header as a name/value pair, in order. */
    public List<Map.Entry<String, String>> items() {
        List<Map.Entry<String, String>> out = new ArrayList<>(names.size());
        forEach((n, v) -> out.add(Map.entry(n, v)));
        return out;
    }

    /** A copy of these headers. */
    public Headers copy() {
        Headers h = new Headers();
        h.names.addAll(names);
        h.values.addAll(values);
        return h;
    }

    private static String checked(String s) {
        if (s == null) {
            throw new IllegalArgumentException("Header names and values must not be null.");
        }
        if (s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
            throw new IllegalArgumentException("Header values must not contain newline characters.");
        }
        return s;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        forEach((n, v) -> sb.append(n).append(": ").append(v).append("\r\n"));
        return sb.toString();
    }
}
