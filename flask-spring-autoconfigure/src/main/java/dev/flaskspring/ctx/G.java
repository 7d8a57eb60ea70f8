package dev.flaskspring.ctx;

import java.util.LinkedHashMap;

/**
 * A namespace for data during one application context; Flask's {@code g} ({@code _AppCtxGlobals}).
 */
public final class G extends LinkedHashMap<String, Object> {

    private final String appName;

    /** An empty namespace for the app named {@code appName}. */
    public G(String appName) {
        this.appName = appName;
    }

    /** Removes {@code name} and returns its value, or null. */
    public Object pop(String name) {
        return remove(name);
    }

    /** Removes {@code name} and returns its value, or {@code defaultValue} when absent. */
    public Object pop(String name, Object defaultValue) {
        return containsKey(name) ? remove(name) : defaultValue;
    }

    /** Returns the value of {@code name}, first setting it to {@code defaultValue} when absent; Flask's {@code setdefault}. */
    public Object setdefault(String name, Object defaultValue) {
        if (!containsKey(name)) {
            put(name, defaultValue);
        }
        return get(name);
    }

    /** The value of {@code name} cast to {@code type}, or null. */
    public <T> T get(String name, Class<T> type) {
        return type.cast(get(name));
    }

    @Override
    public String toString() {
        return "<flask.g of '" + appName + "'>";
    }
}
