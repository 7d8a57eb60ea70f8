package dev.flaskspring.routing;

import dev.flaskspring.urls.Urls;
import java.util.List;
import java.util.Map;

/**
 * Turns one variable part of a URL into a value and back; Werkzeug's {@code BaseConverter}.
 * <p>Register a custom one with {@code app.urlMap().converters().put("list", new ListConverter())}
 * and use it as {@code <list:items>}. {@link #toJava} throws {@link ValidationError} to make the rule
 * not match.
 */
public interface UrlConverter {

    /** The value for a matched URL part. */
    Object toJava(String segment);

    /** The URL text for a value; by default its string form, percent-encoded as Werkzeug does. */
    default String toUrl(Object value) {
        return Urls.quote(String.valueOf(value), "!$&'()*+,/:;=@");
    }

    /** The regular expression a URL part must match; by default one path segment. */
    default String regex() {
        return "[^/]+";
    }

    /** The matching priority among variable parts: lower is tried first; Werkzeug's {@code weight}. */
    default int weight() {
        return 100;
    }

    /**
     * Whether the part stays within one path segment; Werkzeug's {@code part_isolating}. By default
     * false when the regex names a slash other than in {@code [^/]}; a converter whose regex can match
     * a slash in another way must return false.
     */
    default boolean partIsolating() {
        return !regex().replace("[^/]", "").contains("/");
    }

    /**
     * This converter configured with the arguments written in a rule ({@code <int(min=1):x>}); a
     * converter without arguments refuses any.
     */
    default UrlConverter withArguments(List<Object> args, Map<String, Object> kwargs) {
        if (!args.isEmpty() || !kwargs.isEmpty()) {
            throw new IllegalArgumentException(getClass().getSimpleName() + " takes no arguments, got " + args + " "
                    + kwargs);
        }
        return this;
    }
}
