package dev.flaskspring.sessions;

import java.util.Map;

/**
 * Marks values of one type so they survive JSON (a tuple, bytes, a UUID ...); Flask's {@code JSONTag}.
 * <p>A tag with a {@link #key()} wraps the value as {@code {key: json}}; one without (pass-through)
 * only tags the value's children.
 */
public abstract class JsonTag {

    /** The serializer this tag belongs to, for tagging nested values. */
    protected final TaggedJsonSerializer serializer;

    /** A tag for {@code serializer}. */
    protected JsonTag(TaggedJsonSerializer serializer) {
        this.serializer = serializer;
    }

    /** The tag key, starting with a space (such as {@code " t"}), or null for a pass-through tag. */
    public abstract String key();

    /** Whether this tag handles {@code value}. */
    public abstract boolean check(Object value);

    /** The JSON form of {@code value} (its children tagged). */
    public abstract Object toJson(Object value);

    /** The Java value for the JSON form read back; Flask's {@code to_python}. */
    public abstract Object toJava(Object value);

    /** {@code value} tagged: {@code {key: toJson(value)}}, or just {@code toJson(value)} without a key. */
    public final Object tag(Object value) {
        Object json = toJson(value);
        return key() == null ? json : Map.of(key(), json);
    }
}
