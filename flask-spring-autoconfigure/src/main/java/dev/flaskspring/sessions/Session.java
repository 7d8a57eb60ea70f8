package dev.flaskspring.sessions;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The session of the current user, a map that remembers whether it was read or changed; Flask's
 * {@code SecureCookieSession}.
 * <p>Writes mark it modified (and so it is saved); a change inside a stored value (a list, a map) is not
 * seen: call {@link #markModified()} then, as Flask's {@code session.modified = True}. The views
 * ({@link #keySet()}, {@link #values()}, {@link #entrySet()}) are read-only.
 */
public class Session implements Map<String, Object> {

    /** The key Flask stores the permanent flag under. */
    public static final String PERMANENT_KEY = "_permanent";

    private final Map<String, Object> data;
    private final boolean isNew;
    private boolean modified;
    private boolean accessed;

    /** An empty new session. */
    public Session() {
        this(new LinkedHashMap<>(), true);
    }

    /** A session holding {@code initial} (copied); {@code isNew} when no cookie was read. */
    public Session(Map<String, ?> initial, boolean isNew) {
        this.data = new LinkedHashMap<>(initial);
        this.isNew = isNew;
    }

    /** Whether the session was created for this request rather than read from a cookie; Flask's {@code new}. */
    public boolean isNew() {
        return isNew;
    }

    /** Whether the session was changed; Flask's {@code modified}. */
    public boolean isModified() {
        return modified;
    }

    /** Marks the session changed, so that it is saved; Flask's {@code session.modified = True}. */
    public void markModified() {
        modified = true;
        accessed = true;
    }

    /** Whether the session was read or changed; Flask's {@code accessed} (adds {@code Vary: Cookie}). */
    public boolean isAccessed() {
        return accessed;
    }

    /** Marks the session read. */
    public void markAccessed() {
        accessed = true;
    }

    /** Whether the cookie outlives the browser session ({@code PERMANENT_SESSION_LIFETIME}); Flask's {@code permanent}. */
    public boolean isPermanent() {
        return Boolean.TRUE.equals(data.get(PERMANENT_KEY));
    }

    /** Sets whether the session is permanent; Flask's {@code session.permanent = True}. */
    public void setPermanent(boolean permanent) {
        put(PERMANENT_KEY, permanent);
    }

    /** Called before every write; a {@link NullSession} refuses. */
    protected void beforeWrite() {
        modified = true;
        accessed = true;
    }

    @Override
    public Object get(Object key) {
        accessed = true;
        return data.get(key);
    }

    @Override
    public Object getOrDefault(Object key, Object defaultValue) {
        accessed = true;
        return data.getOrDefault(key, defaultValue);
    }

    @Override
    public Object put(String key, Object value) {
        beforeWrite();
        return data.put(key, value);
    }

    @Override
    public Object putIfAbsent(String key, Object value) {
        accessed = true;
        if (data.containsKey(key)) {
            return data.get(key);
        }
        beforeWrite();
        return data.put(key, value);
    }

    /** Returns the value of {@code key}, storing {@code defaultValue} first when absent; Flask's {@code setdefault}. */
    public Object setdefault(String key, Object defaultValue) {
        putIfAbsent(key, defaultValue);
        return data.get(key);
    }

    @Override
    public Object remove(Object key) {
        beforeWrite();
        return data.remove(key);
    }

    /** Removes {@code key} and returns its value, or {@code defaultValue}; Flask's {@code session.pop(key, default)}. */
    public Object pop(String key, Object defaultValue) {
        beforeWrite();
        return data.containsKey(key) ? data.remove(key) : defaultValue;
    }

    @Override
    public void putAll(Map<? extends String, ?> m) {
        beforeWrite();
        data.putAll(m);
    }

    @Override
    public void clear() {
        beforeWrite();
        data.clear();
    }

    @Override
    public int size() {
        return data.size();
    }

    @Override
    public boolean isEmpty() {
        return data.isEmpty();
    }

    @Override
    public boolean containsKey(Object key) {
        return data.containsKey(key);
    }

    @Override
    public boolean containsValue(Object value) {
        return data.containsValue(value);
    }

    @Override
    public Set<String> keySet() {
        return Collections.unmodifiableSet(data.keySet());
    }

    @Override
    public Collection<Object> values() {
        return Collections.unmodifiableCollection(data.values());
    }

    @Override
    public Set<Entry<String, Object>> entrySet() {
        return Collections.unmodifiableMap(data).entrySet();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Map<?, ?> m && data.equals(m);
    }

    @Override
    public int hashCode() {
        return data.hashCode();
    }

    @Override
    public String toString() {
        return "<" + getClass().getSimpleName() + " " + data + ">";
    }
}
