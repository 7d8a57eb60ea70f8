package dev.flaskspring.servlet;

import dev.flaskspring.Flask;
import dev.flaskspring.exceptions.HTTPException;
import dev.flaskspring.routing.MapAdapter;
import dev.flaskspring.routing.MatchResult;
import dev.flaskspring.routing.Rule;
import dev.flaskspring.wrappers.Request;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.Ordered;
import org.springframework.web.filter.ServerHttpObservationFilter;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Offers the Flask URL map to Spring MVC's {@code DispatcherServlet}: a request whose URL the map
 * knows (matched, redirected, or with a wrong method) is handled by Flask.
 * <p>A URL the map does not know is left to the other mappings ({@code @Controller}s, resources)
 * unless this mapping {@linkplain #FlaskHandlerMapping(Flask, int, boolean) owns not-found}, as the
 * lowest-precedence fallback does, so that Flask's 404 handlers answer what nothing else handles.
 */
public final class FlaskHandlerMapping implements HandlerMapping, Ordered {

    /** The request attribute naming the Flask endpoint of the matched rule. */
    public static final String ENDPOINT_ATTRIBUTE = "dev.flaskspring.endpoint";

    private final Flask app;
    private final int order;
    private final boolean ownsNotFound;

    /** A mapping for {@code app} at {@code order}; with {@code ownsNotFound} it also takes unmatched URLs. */
    public FlaskHandlerMapping(Flask app, int order, boolean ownsNotFound) {
        this.app = app;
        this.order = order;
        this.ownsNotFound = ownsNotFound;
    }

    @Override
    public HandlerExecutionChain getHandler(HttpServletRequest servletRequest) {
        Request request = app.requestClass().create(servletRequest, app.requestSettings());
        MapAdapter adapter;
        try {
            adapter = app.createUrlAdapter(request);
        } catch (HTTPException refusedHost) {
            request.setRouting(null, null, refusedHost);
            return new HandlerExecutionChain(new FlaskHandler(app, request, null, null));
        }
        MatchResult match = adapter.matchStructure(request.path(), request.method());
        if (!ownsNotFound && match instanceof MatchResult.NotFound) {
            return null;
        }
        if (match instanceof MatchResult.Pending pending) {
            exposeRule(servletRequest, pending.rule());
        }
        return new HandlerExecutionChain(new FlaskHandler(app, request, adapter, match));
    }

    /**
     * Names the matched rule as Spring MVC names a matched pattern: the best-matching-pattern attribute, the
     * {@code uri} of the {@code http.server.requests} observation (so metrics group {@code /<int:id>/update}, not
     * each path), and the endpoint as {@link #ENDPOINT_ATTRIBUTE}.
     */
    private static void exposeRule(HttpServletRequest servletRequest, Rule rule) {
        servletRequest.setAttribute(BEST_MATCHING_PATTERN_ATTRIBUTE, rule.rule());
        servletRequest.setAttribute(ENDPOINT_ATTRIBUTE, rule.endpoint());
        ServerHttpObservationFilter.findObservationContext(servletRequest)
                .ifPresent(context -> context.setPathPattern(rule.rule()));
    }

    /** Whether {@code app}'s URL map has a rule for this request's URL (any method), so Flask will serve it. */
    public static boolean matches(Flask app, HttpServletRequest servletRequest) {
        Request request = new Request(servletRequest, app.requestSettings());
        try {
            return !(app.createUrlAdapter(request).matchStructure(request.path(), request.method())
                    instanceof MatchResult.NotFound);
        } catch (HTTPException refusedHost) {
            return true;
        }
    }

    /** The app whose URL map this mapping offers. */
    Flask app() {
        return app;
    }

    @Override
    public int getOrder() {
        return order;
    }
}
