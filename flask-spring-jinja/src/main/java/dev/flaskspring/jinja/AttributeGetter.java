package dev.flaskspring.jinja;

import java.util.List;
import java.util.Map;

/**
 * Reads {@code attribute='address.city'} or {@code attribute='0'} off an item, as Jinja's {@code make_attrgetter} for
 * the filters that take an attribute: each dotted part an item of a dict or list, else an attribute; undefined (null)
 * when missing.
 */
final class AttributeGetter {

    private AttributeGetter() {
    }

    static Object get(Object item, String attribute) {
        Object value = item;
        for (String part : attribute.split("\\.")) {
            if (value == null || value == PyNone.INSTANCE) {
                return null;
            }
            value = item(value, part);
        }
        return value;
    }

    private static Object item(Object value, String part) {
        boolean index = !part.isEmpty() && part.chars().allMatch(Character::isDigit);
        if (value instanceof Map<?, ?> map) {
            Object found = map.get(part);
            return found != null || map.containsKey(part) ? PyNone.of(found) : null;
        }
        if (value instanceof List<?> list && index) {
            int i = Integer.parseInt(part);
            return i < list.size() ? PyNone.of(list.get(i)) : null;
        }
        return PythonResolver.attribute(value, part);
    }
}
