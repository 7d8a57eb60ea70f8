package dev.flaskspring.jinja;

import com.hubspot.jinjava.objects.SafeString;
import dev.flaskspring.templating.Markup;

/**
 * Moves values between the app and Jinjava: Jinjava marks safe text as {@link SafeString}, the app as
 * {@link Markup}, and Python's None as {@link PyNone}; each side sees its own.
 */
final class PyValues {

    private PyValues() {
    }

    /** {@code value} as the app's code sees it: safe text as {@link Markup}. */
    static Object toJava(Object value) {
        if (value == PyNone.INSTANCE) {
            return null;
        }
        return value instanceof SafeString safe ? new Markup(safe.getValue()) : value;
    }

    /** {@code value} as templates see it: {@link Markup} as safe text, null as {@link PyNone}. */
    static Object fromJava(Object value) {
        if (value == null) {
            return PyNone.INSTANCE;
        }
        return value instanceof Markup markup ? new SafeString(markup.html()) : value;
    }
}
