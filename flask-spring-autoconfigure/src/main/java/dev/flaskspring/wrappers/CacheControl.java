package dev.flaskspring.wrappers;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;

/**
 * The directives of a {@code Cache-Control} header, each with a value or none; Werkzeug's
 * {@code _CacheControl}, the base of {@link RequestCacheControl} and {@link ResponseCacheControl}.
 * <p>Typed accessors read a directive: a flag is its presence; a number of seconds is null when the
 * directive is absent, has no value or its value is not an integer (Python's {@code int()}).
 */
public abstract class CacheControl {

    final Map<String, String> directives;

    CacheControl(Map<String, String> directives) {
        this.directives = new LinkedHashMap<>(directives == null ? Map.of() : directives);
    }

    /** The value of {@code directive}, or null when it is absent or has no value. */
    public String get(String directive) {
        return directives.get(directive);
    }

    /** Whether {@code directive} is present, with or without a value. */
    public boolean containsKey(String directive) {
        return directives.containsKey(directive);
    }

    /** Every directive in order; a directive without a value maps to null. */
    public Map<String, String> asMap() {
        return Collections.unmodifiableMap(directives);
    }

    /** Whether there are no directives (Werkzeug's {@code bool(cache_control)} is false). */
    public boolean isEmpty() {
        return directives.isEmpty();
    }

    /** {@code no-store}. */
    public boolean noStore() {
        return flag("no-store");
    }

    /** {@code max-age} in seconds, or null. */
    public Integer maxAge() {
        return seconds("max-age");
    }

    /** {@code no-transform}. */
    public boolean noTransform() {
        return flag("no-transform");
    }

    /** {@code stale-if-error} in seconds, or null. */
    public Integer staleIfError() {
        return seconds("stale-if-error");
    }

    boolean flag(String directive) {
        return directives.containsKey(directive);
    }

    Integer seconds(String directive) {
        String value = directives.get(directive);
        Long n = value == null ? null : PythonText.pythonInt(value);
        if (n == null) {
            return null;
        }
        return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, n));
    }

    /** The header value, {@code key=value} or {@code key}, comma-separated; Werkzeug's {@code to_header}. */
    public String toHeader() {
        return HeaderValues.dumpHeader(directives);
    }

    @Override
    public String toString() {
        StringJoiner out = new StringJoiner(" ", "<" + getClass().getSimpleName() + " ", ">");
        new TreeMap<>(directives).forEach((k, v) -> out.add(k + "=" + (v == null ? "None" : "'" + v + "'")));
        return out.toString();
    }
}
