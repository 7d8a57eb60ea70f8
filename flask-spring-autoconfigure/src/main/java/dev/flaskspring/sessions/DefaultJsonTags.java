package dev.flaskspring.sessions;

import dev.flaskspring.templating.Markup;
import dev.flaskspring.wrappers.HttpDates;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Flask's default session tags, in Flask's order: dict escape, dict, tuple, list, bytes, Markup, UUID, datetime. */
final class DefaultJsonTags {

    private DefaultJsonTags() {
    }

    /** A one-key map whose key is a tag name, escaped as {@code {" di": {key + "__": value}}}; Flask's {@code TagDict}. */
    static final class TagDict extends JsonTag {
        TagDict(TaggedJsonSerializer s) {
            super(s);
        }

        @Override
        public String key() {
            return " di";
        }

        @Override
        public boolean check(Object value) {
            return value instanceof Map<?, ?> m && m.size() == 1 && serializer.hasTag(String.valueOf(m.keySet().iterator().next()));
        }

        @Override
        public Object toJson(Object value) {
            Map.Entry<?, ?> e = ((Map<?, ?>) value).entrySet().iterator().next();
            Map<String, Object> out = new LinkedHashMap<>();
            out.put(e.getKey() + "__", serializer.tag(e.getValue()));
            return out;
        }

        @Override
        public Object toJava(Object value) {
            Map.Entry<?, ?> e = ((Map<?, ?>) value).entrySet().iterator().next();
            String key = String.valueOf(e.getKey());
            Map<String, Object> out = new LinkedHashMap<>();
            out.put(key.length() >= 2 ? key.substring(0, key.length() - 2) : key, e.getValue());
            return out;
        }
    }

    /** Any other map: its values tagged; Flask's {@code PassDict}. */
    static final class PassDict extends JsonTag {
        PassDict(TaggedJsonSerializer s) {
            super(s);
        }

        @Override
        public String key() {
            return null;
        }

        @Override
        public boolean check(Object value) {
            return value instanceof Map<?, ?>;
        }

        @Override
        public Object toJson(Object value) {
            Map<String, Object> out = new LinkedHashMap<>();
            ((Map<?, ?>) value).forEach((k, v) -> out.put(String.valueOf(k), serializer.tag(v)));
            return out;
        }

        @Override
        public Object toJava(Object value) {
            return value;
        }
    }

    /** A {@link TupleList}, as {@code {" t": [...]}}; Flask's {@code TagTuple}. */
    static final class TagTuple extends JsonTag {
        TagTuple(TaggedJsonSerializer s) {
            super(s);
        }

        @Override
        public String key() {
            return " t";
        }

        @Override
        public boolean check(Object value) {
            return value instanceof TupleList;
        }

        @Override
        public Object toJson(Object value) {
            List<Object> out = new ArrayList<>();
            ((List<?>) value).forEach(v -> out.add(serializer.tag(v)));
            return out;
        }

        @Override
        public Object toJava(Object value) {
            return new TupleList((List<?>) value);
        }
    }

    /** Any other list or array: its items tagged; Flask's {@code PassList}. */
    static final class PassList extends JsonTag {
        PassList(TaggedJsonSerializer s) {
            super(s);
        }

        @Override
        public String key() {
            return null;
        }

        @Override
        public boolean check(Object value) {
            return value instanceof List<?> || value instanceof Object[];
        }

        @Override
        public Object toJson(Object value) {
            List<Object> out = new ArrayList<>();
            Iterable<?> items = value instanceof Object[] a ? List.of(a) : (List<?>) value;
            items.forEach(v -> out.add(serializer.tag(v)));
            return out;
        }

        @Override
        public Object toJava(Object value) {
            return value;
        }
    }

    /** A byte array, as standard base64; Flask's {@code TagBytes}. */
    static final class TagBytes extends JsonTag {
        TagBytes(TaggedJsonSerializer s) {
            super(s);
        }

        @Override
        public String key() {
            return " b";
        }

        @Override
        public boolean check(Object value) {
            return value instanceof byte[];
        }

        @Override
        public Object toJson(Object value) {
            return Base64.getEncoder().encodeToString((byte[]) value);
        }

        @Override
        public Object toJava(Object value) {
            return Base64.getMimeDecoder().decode(String.valueOf(value));
        }
    }

    /** {@link Markup}, as its HTML text; Flask's {@code TagMarkup}. */
    static final class TagMarkup extends JsonTag {
        TagMarkup(TaggedJsonSerializer s) {
            super(s);
        }

        @Override
        public String key() {
            return " m";
        }

        @Override
        public boolean check(Object value) {
            return value instanceof Markup;
        }

        @Override
        public Object toJson(Object value) {
            return ((Markup) value).html();
        }

        @Override
        public Object toJava(Object value) {
            return new Markup(String.valueOf(value));
        }
    }

    /** A {@link UUID}, as 32 hex digits; Flask's {@code TagUUID}. */
    static final class TagUuid extends JsonTag {
        TagUuid(TaggedJsonSerializer s) {
            super(s);
        }

        @Override
        public String key() {
            return " u";
        }

        @Override
        public boolean check(Object value) {
            return value instanceof UUID;
        }

        @Override
        public Object toJson(Object value) {
            return value.toString().replace("-", "");
        }

        @Override
        public Object toJava(Object value) {
            String hex = String.valueOf(value).replace("-", "").replaceAll("[{}]", "").replaceFirst("(?i)^urn:uuid:", "");
            if (hex.length() != 32) {
                throw new IllegalArgumentException("badly formed hexadecimal UUID string");
            }
            return UUID.fromString(hex.substring(0, 8) + "-" + hex.substring(8, 12) + "-" + hex.substring(12, 16) + "-"
                    + hex.substring(16, 20) + "-" + hex.substring(20));
        }
    }

    /** A date-time, as an HTTP date in GMT (read back as UTC); Flask's {@code TagDateTime}. */
    static final class TagDateTime extends JsonTag {
        TagDateTime(TaggedJsonSerializer s) {
            super(s);
        }

        @Override
        public String key() {
            return " d";
        }

        @Override
        public boolean check(Object value) {
            return value instanceof ZonedDateTime || value instanceof OffsetDateTime || value instanceof Instant
                    || value instanceof LocalDateTime || value instanceof Date;
        }

        @Override
        public Object toJson(Object value) {
            Instant instant;
            if (value instanceof ZonedDateTime z) {
                instant = z.toInstant();
            } else if (value instanceof OffsetDateTime o) {
                instant = o.toInstant();
            } else if (value instanceof LocalDateTime l) {
                instant = l.toInstant(ZoneOffset.UTC);
            } else if (value instanceof Date d) {
                instant = d.toInstant();
            } else {
                instant = (Instant) value;
            }
            return HttpDates.format(instant);
        }

        @Override
        public Object toJava(Object value) {
            Instant instant = HttpDates.parse(String.valueOf(value));
            return instant == null ? null : instant.atZone(ZoneOffset.UTC);
        }
    }
}
