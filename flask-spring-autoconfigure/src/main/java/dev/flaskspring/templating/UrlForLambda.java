package dev.flaskspring.templating;

import dev.flaskspring.Globals;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * {@code url_for} in templates: {@code {{#url_for}}blog.update id={{id}}{{/url_for}}} renders
 * {@code /1/update}. The section is rendered first, then read as an endpoint followed by
 * {@code key=value} pairs separated by spaces; {@code static filename=style.css} works too.
 */
final class UrlForLambda implements Function<String, String> {

    @Override
    public String apply(String rendered) {
        String[] parts = rendered.trim().split("\\s+");
        if (parts.length == 0 || parts[0].isEmpty()) {
            throw new IllegalArgumentException("url_for needs an endpoint: {{#url_for}}endpoint key=value{{/url_for}}");
        }
        Map<String, Object> values = new LinkedHashMap<>();
        for (int i = 1; i < parts.length; i++) {
            int eq = parts[i].indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("url_for arguments are key=value, got '" + parts[i] + "'");
            }
            String value = parts[i].substring(eq + 1);
            values.put(parts[i].substring(0, eq), value.equals("true") || value.equals("false")
                    ? Boolean.valueOf(value) : value);
        }
        return Globals.urlFor(parts[0], values);
    }
}
