package dev.flaskspring.servlet;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.ApplicationContext;
import org.springframework.http.server.RequestPath;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.HandlerAdapter;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * Spring MVC's {@code DispatcherServlet} that hands the requests Flask's URL map takes straight to the
 * {@link FlaskHandlerAdapter}, without Spring MVC's per-request set-up around a handler Flask runs alone; Flask's
 * {@code wsgi_app} as the servlet. Every other request ({@code @Controller}s, resources, the actuator, async and
 * error dispatches) is Spring MVC's as before, and so is a Flask URL that a mapping ordered before Flask's claims.
 * <p>What the direct path leaves out is what Flask's handler never used: Spring MVC's handler interceptors (the Flask
 * mapping has none), locale and flash-map resolution, multipart wrapping (Flask parses its own forms under its own
 * limits) and the {@code ServletRequestHandledEvent} (Flask's signals say the same). An exception a Flask view
 * propagates ({@code PROPAGATE_EXCEPTIONS}) still goes through the exception resolvers, as in Spring MVC.
 * <p>A URL Flask does not take is matched against Flask's map once more inside {@code doDispatch} (a few hundred
 * nanoseconds), the price of leaving Spring MVC's own handler lookup untouched for every other request.
 */
public class FlaskDispatcherServlet extends DispatcherServlet {

    private transient FlaskHandlerMapping flaskMapping;
    private transient List<HandlerMapping> mappingsBeforeFlask = List.of();
    private transient FlaskHandlerAdapter flaskAdapter;

    /** A servlet finding its mappings and adapters in the web context it is given, as {@code DispatcherServlet}. */
    public FlaskDispatcherServlet() {
    }

    /** A servlet on {@code context}. */
    public FlaskDispatcherServlet(WebApplicationContext context) {
        super(context);
    }

    /** Finds the first Flask mapping, the mappings ordered before it, and the adapter serving it. */
    @Override
    protected void onRefresh(ApplicationContext context) {
        super.onRefresh(context);
        flaskMapping = null;
        flaskAdapter = null;
        List<HandlerMapping> before = new ArrayList<>();
        List<HandlerMapping> mappings = getHandlerMappings();
        for (HandlerMapping mapping : mappings == null ? List.<HandlerMapping>of() : mappings) {
            if (mapping instanceof FlaskHandlerMapping flask) {
                flaskMapping = flask;
                break;
            }
            before.add(mapping);
        }
        mappingsBeforeFlask = List.copyOf(before);
        if (flaskMapping != null) {
            try {
                HandlerAdapter adapter = getHandlerAdapter(new FlaskHandler(flaskMapping.app(), null, null, null));
                flaskAdapter = adapter instanceof FlaskHandlerAdapter flask ? flask : null;
            } catch (ServletException noAdapter) {
                flaskAdapter = null;
            }
        }
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        if (flaskAdapter == null || request.getDispatcherType() != DispatcherType.REQUEST || claimedBeforeFlask(request)) {
            super.service(request, response);
            return;
        }
        HandlerExecutionChain chain = flaskMapping.getHandler(request);
        if (chain == null) {
            super.service(request, response);
            return;
        }
        try {
            flaskAdapter.handle(request, response, chain.getHandler());
        } catch (Exception propagated) {
            resolve(request, response, chain.getHandler(), propagated);
        } catch (Error error) {
            resolve(request, response, chain.getHandler(), new ServletException("Handler dispatch failed: " + error, error));
        }
    }

    /** Whether a mapping ordered before Flask's has a handler for the request (then Spring MVC serves it). */
    private boolean claimedBeforeFlask(HttpServletRequest request) throws ServletException {
        if (mappingsBeforeFlask.isEmpty()) {
            return false;
        }
        RequestPath previous = (RequestPath) request.getAttribute(ServletRequestPathUtils.PATH_ATTRIBUTE);
        ServletRequestPathUtils.parseAndCache(request);
        try {
            for (HandlerMapping mapping : mappingsBeforeFlask) {
                if (mapping.getHandler(request) != null) {
                    return true;
                }
            }
            return false;
        } catch (Exception e) {
            throw new ServletException("Handler mapping failed: " + e, e);
        } finally {
            ServletRequestPathUtils.setParsedRequestPath(previous, request);
        }
    }

    /**
     * What {@code DispatcherServlet} does with a handler's exception: the exception resolvers, else the exception
     * rethrown as {@code FrameworkServlet} rethrows it.
     */
    private void resolve(HttpServletRequest request, HttpServletResponse response, Object handler, Exception propagated)
            throws ServletException, IOException {
        ModelAndView view;
        try {
            view = processHandlerException(request, response, handler, propagated);
        } catch (ServletException | IOException unresolved) {
            throw unresolved;
        } catch (Exception unresolved) {
            throw new ServletException("Request processing failed: " + unresolved, unresolved);
        }
        if (view != null && !view.wasCleared()) {
            try {
                render(view, request, response);
            } catch (Exception e) {
                throw new ServletException("Rendering the error view failed: " + e, e);
            }
        }
    }
}
