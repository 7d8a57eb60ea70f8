package dev.flaskspring.jinja;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Python's {@code iter()} of a Java value: a collection's items, a map's keys, a string's characters. */
final class PyIter {

    private PyIter() {
    }

    static Iterable<?> of(Object value) {
        if (value instanceof Iterable<?> items) {
            return items;
        }
        if (value instanceof Map<?, ?> map) {
            return map.keySet();
        }
        if (value instanceof Object[] array) {
            return Arrays.asList(array);
        }
        if (value instanceof CharSequence text) {
            List<String> chars = new ArrayList<>(text.length());
            text.codePoints().forEach(c -> chars.add(new String(Character.toChars(c))));
            return chars;
        }
        throw new TemplateRuntimeError("'" + (value == null ? "NoneType" : value.getClass().getSimpleName())
                + "' object is not iterable", null);
    }
}
