package dev.flaskspring.routing;

import java.util.UUID;

/** A UUID in canonical form, {@code <uuid:id>}, as {@link UUID}; Werkzeug's {@code UUIDConverter}. */
public final class UuidConverter implements UrlConverter {

    @Override
    public Object toJava(String segment) {
        return UUID.fromString(segment);
    }

    @Override
    public String toUrl(Object value) {
        return value.toString();
    }

    @Override
    public String regex() {
        return "[A-Fa-f0-9]{8}-[A-Fa-f0-9]{4}-[A-Fa-f0-9]{4}-[A-Fa-f0-9]{4}-[A-Fa-f0-9]{12}";
    }
}
