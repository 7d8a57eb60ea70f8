package dev.flaskspring.wrappers;

import dev.flaskspring.exceptions.BadRequestKeyError;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * An ordered map from keys to one or more values; Werkzeug's {@code MultiDict}.
 * <p>Used for query arguments, form fields and uploaded files. {@link #require} is Flask's
 * {@code request.form["x"]}: a missing key answers 400 instead of failing with a 500.
 */
public class MultiDict<V> {

    private final Map<String, List<V>> entries = new LinkedHashMap<>();

    /** An empty multi-dict. */
    public MultiDict() {
    }

    /** A multi-dict with one value per key of {@code values}; a {@code Collection} value adds each element. */
    @SuppressWarnings("unchecked")
    public static <V> MultiDict<V> of(Map<String, ?> values) {
        MultiDict<V> d = new MultiDict<>();
        values.forEach((k, v) -> {
            if (v instanceof Iterable<?> many) {
                many.forEach(item -> d.add(k, (V) item));
            } else {
                d.add(k, (V) v);
            }
        });
        return d;
    }

    /** Appends a value for {@code key}. */
    public void add(String key, V value) {
        entries.computeIfAbsent(key, k -> new ArrayList<>(1)).add(value);
    }

    /** Replaces all values of {@code key} with one. */
    public void set(String key, V value) {
        List<V> list = new ArrayList<>(1);
        list.add(value);
        entries.put(key, list);
    }

    /** The first value of {@code key}, or null. */
    public V get(String key) {
        List<V> list = entries.get(key);
        return list == null || list.isEmpty() ? null : list.get(0);
    }

    /** The first value of {@code key}, or {@code defaultValue}. */
    public V getOrDefault(String key, V defaultValue) {
        V v = get(key);
        return v != null ? v : defaultValue;
    }

    /**
     * The first value converted by {@code type}, or null when missing or when the conversion throws;
     * Werkzeug's {@code get(key, type=int)}.
     */
    public <T> T get(String key, Function<? super V, T> type) {
        V v = get(key);
        if (v == null) {
            return null;
        }
        try {
            return type.apply(v);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** The first value of {@code key}; a missing key is a {@link BadRequestKeyError} (400). */
    public V require(String key) {
        List<V> list = entries.get(key);
        if (list == null || list.isEmpty()) {
            throw new BadRequestKeyError(key);
        }
        return list.get(0);
    }

    /** Every value of {@code key}, in order (empty when missing). */
    public List<V> getList(String key) {
        List<V> list = entries.get(key);
        return list == null ? List.of() : Collections.unmodifiableList(list);
    }

    /** Whether {@code key} has a value. */
    public boolean containsKey(String key) {
        return entries.containsKey(key);
    }

    /** The keys, in first-insertion order. */
    public Set<String> keySet() {
        return Collections.unmodifiableSet(entries.keySet());
    }

    /** Every key/value pair, in order, a key repeated once per value. */
    public List<Map.Entry<String, V>> items() {
        List<Map.Entry<String, V>> out = new ArrayList<>();
        entries.forEach((k, list) -> list.forEach(v -> out.add(new java.util.AbstractMap.SimpleImmutableEntry<>(k, v))));
        return out;
    }

    /** Removes {@code key} and returns its values. */
    public List<V> remove(String key) {
        List<V> list = entries.remove(key);
        return list == null ? List.of() : list;
    }

    /** The number of distinct keys. */
    public int size() {
        return entries.size();
    }

    /** Whether there are no keys. */
    public boolean isEmpty() {
        return entries.isEmpty();
    }

    /** A plain map of each key to its first value; Werkzeug's {@code to_dict()}. */
    public Map<String, V> toSingleValueMap() {
        Map<String, V> out = new LinkedHashMap<>();
        entries.forEach((k, list) -> out.put(k, list.get(0)));
        return out;
    }

    /** A plain map of each key to all its values; Werkzeug's {@code to_dict(flat=False)}. */
    public Map<String, List<V>> toMultiValueMap() {
        Map<String, List<V>> out = new LinkedHashMap<>();
        entries.forEach((k, list) -> out.put(k, List.copyOf(list)));
        return out;
    }

    /** Adds every pair of {@code other} after this one's. */
    public void addAll(MultiDict<? extends V> other) {
        other.entries.forEach((k, list) -> list.forEach(v -> add(k, v)));
    }

    @Override
    public String toString() {
        return "MultiDict" + items();
    }
}
