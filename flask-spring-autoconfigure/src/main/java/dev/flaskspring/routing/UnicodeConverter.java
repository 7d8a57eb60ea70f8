package dev.flaskspring.routing;

import java.util.List;
import java.util.Map;

/** One path segment of text ({@code default}, {@code string}), with length limits; Werkzeug's {@code UnicodeConverter}. */
public final class UnicodeConverter implements UrlConverter {

    private final String regex;

    /** The default: one or more characters. */
    public UnicodeConverter() {
        this(1, null, null);
    }

    /** With {@code minlength}, {@code maxlength} (null = none) or an exact {@code length} (null = none). */
    public UnicodeConverter(int minlength, Integer maxlength, Integer length) {
        String bounds = length != null ? "{" + length + "}" : "{" + minlength + "," + (maxlength == null ? "" : maxlength) + "}";
        this.regex = "[^/]" + bounds;
    }

    @Override
    public Object toJava(String segment) {
        return segment;
    }

    @Override
    public String regex() {
        return regex;
    }

    @Override
    public UrlConverter withArguments(List<Object> args, Map<String, Object> kwargs) {
        ConverterArgs a = new ConverterArgs(args, kwargs, "minlength", "maxlength", "length");
        return new UnicodeConverter(a.intOr("minlength", 1), a.integer("maxlength"), a.integer("length"));
    }
}
