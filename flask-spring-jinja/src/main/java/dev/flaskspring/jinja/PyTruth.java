package dev.flaskspring.jinja;

import com.hubspot.jinjava.objects.SafeString;
import java.lang.reflect.Array;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collection;
import java.util.Map;

/**
 * Python's truth of a value: {@code None}, {@code False}, zero, and empty strings, collections and maps are false,
 * everything else true (the string {@code "false"} too, which Jinjava would call false).
 */
final class PyTruth {

    private PyTruth() {
    }

    static boolean of(Object value) {
        if (value == null || value == PyNone.INSTANCE) {
            return false;
        }
        if (value instanceof Boolean b) {
            return b;
        }
        if (value instanceof CharSequence text) {
            return text.length() > 0;
        }
        if (value instanceof SafeString safe) {
            return !safe.getValue().isEmpty();
        }
        if (value instanceof BigDecimal d) {
            return d.signum() != 0;
        }
        if (value instanceof BigInteger i) {
            return i.signum() != 0;
        }
        if (value instanceof Number n) {
            return n.doubleValue() != 0;
        }
        if (value instanceof Collection<?> c) {
            return !c.isEmpty();
        }
        if (value instanceof Map<?, ?> m) {
            return !m.isEmpty();
        }
        if (value.getClass().isArray()) {
            return Array.getLength(value) != 0;
        }
        return true;
    }
}
