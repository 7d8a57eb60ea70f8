package dev.flaskspring.servlet;

import dev.flaskspring.Flask;
import java.util.List;
import org.springframework.core.Ordered;
import org.springframework.web.context.support.GenericWebApplicationContext;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.handler.HandlerExceptionResolverComposite;

/**
 * Builds a Spring MVC {@link DispatcherServlet} that serves one app without Spring Boot: a
 * {@link FlaskDispatcherServlet} on a small web context holding the Flask handler mapping and adapter.
 * <p>Flask handles its own errors; the empty exception-resolver chain lets propagated exceptions
 * ({@code PROPAGATE_EXCEPTIONS}, testing) leave the servlet as they are.
 */
public final class StandaloneDispatcher {

    private StandaloneDispatcher() {
    }

    /** A new, not yet initialised, dispatcher servlet for {@code app}. */
    public static DispatcherServlet create(Flask app) {
        GenericWebApplicationContext context = new GenericWebApplicationContext();
        context.registerBean("flaskHandlerMapping", FlaskHandlerMapping.class,
                () -> new FlaskHandlerMapping(app, Ordered.HIGHEST_PRECEDENCE, true));
        context.registerBean("flaskHandlerAdapter", FlaskHandlerAdapter.class, () -> new FlaskHandlerAdapter(app));
        context.registerBean("handlerExceptionResolver", HandlerExceptionResolverComposite.class, () -> {
            HandlerExceptionResolverComposite none = new HandlerExceptionResolverComposite();
            none.setExceptionResolvers(List.of());
            return none;
        });
        DispatcherServlet servlet = new FlaskDispatcherServlet(context);
        servlet.setDetectAllHandlerExceptionResolvers(false);
        return servlet;
    }
}
