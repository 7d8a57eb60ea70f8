package dev.flaskspring.sessions;

import dev.flaskspring.wrappers.HttpDates;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Serializes session data to compact JSON that keeps Python types (tuples, bytes, Markup, UUIDs,
 * datetimes) through tags; Flask's {@code TaggedJSONSerializer}. The text is byte-identical to Flask's.
 */
public final class TaggedJsonSerializer {

    private static final JsonMapper READER = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .build();

    private final Map<String, JsonTag> tags = new LinkedHashMap<>();
    private final List<JsonTag> order = new ArrayList<>();

    /** A serializer with Flask's default tags. */
    public TaggedJsonSerializer() {
        register(DefaultJsonTags.TagDict::new, false, null);
        register(DefaultJsonTags.PassDict::new, false, null);
        register(DefaultJsonTags.TagTuple::new, false, null);
        register(DefaultJsonTags.PassList::new, false, null);
        register(DefaultJsonTags.TagBytes::new, false, null);
        register(DefaultJsonTags.TagMarkup::new, false, null);
        register(DefaultJsonTags.TagUuid::new, false, null);
        register(DefaultJsonTags.TagDateTime::new, false, null);
    }

    /**
     * Adds a tag; Flask's {@code register}. With {@code force} a tag with the same key is replaced;
     * {@code index} (null = last; negative counts from the end, as Python's {@code list.insert}) sets its
     * place in the order tags are tried.
     *
     * @throws IllegalArgumentException "Tag ' x' is already registered." without {@code force}
     */
    public void register(Function<TaggedJsonSerializer, ? extends JsonTag> factory, boolean force, Integer index) {
        JsonTag tag = factory.apply(this);
        String key = tag.key();
        if (key != null) {
            if (!force && tags.containsKey(key)) {
                throw new IllegalArgumentException("Tag '" + key + "' is already registered.");
            }
            JsonTag old = tags.put(key, tag);
            if (old != null) {
                order.remove(old);
            }
        }
        if (index == null) {
            order.add(tag);
        } else {
            order.add(index < 0 ? Math.max(0, order.size() + index) : Math.min(index, order.size()), tag);
        }
    }

    /** {@link #register(Function, boolean, Integer)} without force, appended. */
    public void register(Function<TaggedJsonSerializer, ? extends JsonTag> factory) {
        register(factory, false, null);
    }

    /** The tags by key; Flask's {@code tags}. */
    public Map<String, JsonTag> tags() {
        return java.util.Collections.unmodifiableMap(tags);
    }

    /** The tags in the order they are tried; Flask's {@code order}. */
    public List<JsonTag> order() {
        return java.util.Collections.unmodifiableList(order);
    }

    /** Whether {@code key} is a registered tag key. */
    public boolean hasTag(String key) {
        return tags.containsKey(key);
    }

    /** {@code value} in tagged JSON form; Flask's {@code tag}. */
    public Object tag(Object value) {
        for (JsonTag tag : order) {
            if (tag.check(value)) {
                return tag.tag(value);
            }
        }
        return plain(value);
    }

    /** Values Flask's JSON provider writes as plain JSON: dates as HTTP dates, decimals as text, records as objects. */
    private Object plain(Object value) {
        if (value instanceof LocalDate d) {
            return HttpDates.format(d.atStartOfDay(ZoneOffset.UTC).toInstant());
        }
        if (value instanceof BigDecimal d) {
            return d.toString();
        }
        if (value instanceof Record r) {
            Map<String, Object> out = new LinkedHashMap<>();
            for (RecordComponent c : r.getClass().getRecordComponents()) {
                try {
                    out.put(c.getName(), tag(c.getAccessor().invoke(r)));
                } catch (ReflectiveOperationException e) {
                    throw new IllegalArgumentException("Cannot read " + c.getName() + " of " + r, e);
                }
            }
            return out;
        }
        return value;
    }

    /** A tagged value read back; Flask's {@code untag}: a one-key map whose key is a tag becomes the tag's value. */
    public Object untag(Map<String, Object> value) {
        if (value.size() != 1) {
            return value;
        }
        String key = value.keySet().iterator().next();
        JsonTag tag = tags.get(key);
        return tag == null ? value : tag.toJava(value.get(key));
    }

    @SuppressWarnings("unchecked")
    private Object untagScan(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put(String.valueOf(k), untagScan(v)));
            return untag(out);
        }
        if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>(list.size());
            list.forEach(v -> out.add(untagScan(v)));
            return out;
        }
        return value;
    }

    /** The JSON text of {@code value}, exactly as Flask writes it; Flask's {@code dumps}. */
    public String dumps(Object value) {
        return PythonJson.dumps(tag(value));
    }

    /** The value of tagged JSON text; Flask's {@code loads}. Throws on malformed JSON or tags. */
    public Object loads(String json) {
        return untagScan(READER.readValue(json, Object.class));
    }
}
