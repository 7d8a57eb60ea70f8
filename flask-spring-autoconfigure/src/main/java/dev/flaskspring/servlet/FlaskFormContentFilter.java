package dev.flaskspring.servlet;

import dev.flaskspring.Flask;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.Set;
import org.springframework.core.Ordered;
import org.springframework.web.filter.FormContentFilter;

/**
 * Spring's {@link FormContentFilter}, which reads the form body of PUT, PATCH and DELETE requests for
 * {@code @Controller}s, except for requests Flask serves: their body stays unread for
 * {@code request().form()}, as Werkzeug reads it.
 */
public class FlaskFormContentFilter extends FormContentFilter implements Ordered {

    /** Boot's order for the form content filter. */
    public static final int DEFAULT_ORDER = -9900;

    private static final Set<String> BODY_METHODS = Set.of("PUT", "PATCH", "DELETE");

    private final Flask app;

    /** A filter leaving the bodies of {@code app}'s requests alone. */
    public FlaskFormContentFilter(Flask app) {
        this.app = app;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String type = request.getContentType();
        if (!BODY_METHODS.contains(request.getMethod()) || type == null
                || !type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
            return true;
        }
        return FlaskHandlerMapping.matches(app, request);
    }

    @Override
    public int getOrder() {
        return DEFAULT_ORDER;
    }
}
