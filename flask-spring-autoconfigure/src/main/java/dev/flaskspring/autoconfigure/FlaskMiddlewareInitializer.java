package dev.flaskspring.autoconfigure;

import dev.flaskspring.Flask;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterRegistration;
import jakarta.servlet.ServletContext;
import java.util.List;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.core.Ordered;

/**
 * Registers the app's middleware ({@code app.addMiddleware}) as servlet filters around Boot's
 * {@code DispatcherServlet}, the first added outermost, for every URL, so {@code @Controller}s behind the same
 * servlet see what the Flask routes see; WSGI middleware around the whole app.
 * <p>They come after the filters ordered before {@link #ORDER} (Boot's character encoding and request context
 * filters) and before Spring Security's chain ({@code -100}), so a {@code ProxyFix} rewrites what security sees.
 */
public final class FlaskMiddlewareInitializer implements ServletContextInitializer, Ordered {

    /** Where the middleware sits among Boot's filters. */
    public static final int ORDER = -200;

    private final Flask app;

    /** Registers the middleware of {@code app}. */
    public FlaskMiddlewareInitializer(Flask app) {
        this.app = app;
    }

    @Override
    public void onStartup(ServletContext servletContext) {
        List<Filter> middleware = app.middleware();
        for (int i = 0; i < middleware.size(); i++) {
            FilterRegistration.Dynamic registration = servletContext.addFilter("flaskMiddleware" + i, middleware.get(i));
            registration.setAsyncSupported(true);
            registration.addMappingForUrlPatterns(null, true, "/*");
        }
    }

    @Override
    public int getOrder() {
        return ORDER;
    }
}
