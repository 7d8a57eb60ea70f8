package dev.flaskspring.servlet;

import dev.flaskspring.Flask;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.servlet.HandlerAdapter;
import org.springframework.web.servlet.ModelAndView;

/** Runs Flask's request pipeline for a request the {@link FlaskHandlerMapping} took; Flask's {@code wsgi_app} entry. */
public final class FlaskHandlerAdapter implements HandlerAdapter {

    private final Flask app;

    /** An adapter serving {@code app}. */
    public FlaskHandlerAdapter(Flask app) {
        this.app = app;
    }

    @Override
    public boolean supports(Object handler) {
        return handler instanceof FlaskHandler h && h.app() == app;
    }

    @Override
    public ModelAndView handle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws Exception {
        app.wsgiApp((FlaskHandler) handler, response);
        return null;
    }
}
