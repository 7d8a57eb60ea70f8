package dev.flaskspring.testing;

import dev.flaskspring.ctx.AppContext;
import dev.flaskspring.ctx.RequestContext;
import dev.flaskspring.servlet.FlaskHandlerAdapter;
import jakarta.servlet.ServletRequest;

/**
 * The contexts of a finished test request, pushed again so the test can inspect them; Flask's
 * {@code preserve_context} of the test client.
 */
final class PreservedContext {

    private final AppContext app;
    private final RequestContext request;

    private PreservedContext(AppContext app, RequestContext request) {
        this.app = app;
        this.request = request;
    }

    /** Receives the contexts of a request just before the app pops them. */
    static final class Capture {
        private AppContext app;
        private RequestContext request;

        PreservedContext repush() {
            if (request == null) {
                return null;
            }
            app.push();
            request.push();
            return new PreservedContext(app, request);
        }
    }

    /** Asks the app (through a request attribute) to hand over its contexts before popping them. */
    static Capture captureOn(ServletRequest servletRequest) {
        Capture capture = new Capture();
        servletRequest.setAttribute(FlaskHandlerAdapter.PRESERVE_CONTEXT_ATTRIBUTE, (java.util.function.Consumer<RequestContext>) ctx -> {
            capture.request = ctx;
            capture.app = AppContext.current();
        });
        return capture;
    }

    void pop() {
        request.pop(null);
        app.pop(null);
    }
}
