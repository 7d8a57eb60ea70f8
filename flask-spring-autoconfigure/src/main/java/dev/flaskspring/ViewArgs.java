package dev.flaskspring;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** The converted URL variables passed to a view; Flask's {@code **view_args}. */
public final class ViewArgs extends LinkedHashMap<String, Object> {

    /** Empty arguments. */
    public ViewArgs() {
    }

    /** Arguments holding {@code values}. */
    public ViewArgs(Map<String, ?> values) {
        super(values);
    }

    /** The value as an int (it must be a number, or text of one). */
    public int getInt(String name) {
        Object v = require(name);
        return v instanceof Number n ? n.intValue() : Integer.parseInt(v.toString());
    }

    /** The value as a long. */
    public long getLong(String name) {
        Object v = require(name);
        return v instanceof Number n ? n.longValue() : Long.parseLong(v.toString());
    }

    /** The value as a double. */
    public double getDouble(String name) {
        Object v = require(name);
        return v instanceof Number n ? n.doubleValue() : Double.parseDouble(v.toString());
    }

    /** The value as text, or null when absent. */
    public String getString(String name) {
        Object v = get(name);
        return v == null ? null : v.toString();
    }

    /** The value as a UUID. */
    public UUID getUuid(String name) {
        Object v = require(name);
        return v instanceof UUID u ? u : UUID.fromString(v.toString());
    }

    /** The value cast to {@code type}, or null when absent. */
    public <T> T get(String name, Class<T> type) {
        return type.cast(get(name));
    }

    private Object require(String name) {
        Object v = get(name);
        if (v == null) {
            throw new IllegalArgumentException("No URL variable named '" + name + "'; have " + keySet() + ".");
        }
        return v;
    }
}
