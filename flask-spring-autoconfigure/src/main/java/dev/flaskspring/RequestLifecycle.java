package dev.flaskspring;

import dev.flaskspring.ctx.RequestContext;
import dev.flaskspring.servlet.AsyncDispatcher;
import dev.flaskspring.servlet.FlaskHandler;
import dev.flaskspring.servlet.ResponseWriter;
import dev.flaskspring.wrappers.Response;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One request from context push to pop: the pipeline, writing the response, teardown; Flask's
 * {@code wsgi_app}. A view answering later ({@link AsyncValues}) suspends the request, context and all,
 * and {@link #resume} finishes it with the value on whichever thread the completion arrives.
 */
final class RequestLifecycle {

    private static final Logger logger = LoggerFactory.getLogger(RequestLifecycle.class);

    /** The first step of a request: what the view (or a hook, or a handler) answered. */
    @FunctionalInterface
    private interface FirstStep {
        Object value() throws Exception;
    }

    private final Flask app;
    private final RequestDispatch dispatch;

    RequestLifecycle(Flask app, RequestDispatch dispatch) {
        this.app = app;
        this.dispatch = dispatch;
    }

    /** Serves the request the handler mapping took. */
    void serve(FlaskHandler handler, HttpServletResponse out, AsyncDispatcher async) throws Exception {
        RequestContext ctx = new RequestContext(app, handler.request(), handler.urlAdapter(), handler.match());
        run(ctx, out, async, () -> {
            ctx.push();
            return dispatch.dispatchToValue(ctx);
        });
    }

    /** Finishes a suspended request with what its async value gave: a value, or the exception it failed with. */
    void resume(RequestContext ctx, Object result, HttpServletResponse out, AsyncDispatcher async) throws Exception {
        run(ctx, out, async, () -> {
            ctx.resume();
            if (result instanceof Throwable failure) {
                return dispatch.handleUserException(ctx, AsyncValues.asException(failure));
            }
            return result;
        });
    }

    private void run(RequestContext ctx, HttpServletResponse out, AsyncDispatcher async, FirstStep first)
            throws Exception {
        Throwable error = null;
        Response response = null;
        boolean suspended = false;
        try {
            try {
                Object rv = first.value();
                while (AsyncValues.isAsync(rv)) {
                    if (async != null && async.start(ctx, rv)) {
                        ctx.suspend();
                        suspended = true;
                        return;
                    }
                    rv = awaitInPlace(ctx, rv);
                }
                response = dispatch.finalizeRequest(ctx, rv, false);
            } catch (Exception e) {
                error = e;
                response = dispatch.handleException(ctx, e);
            }
            try {
                ResponseWriter.write(response, ctx.request(), out);
            } catch (IOException clientGone) {
                // The client went away mid-response: nothing more can be sent; teardown still runs.
                error = clientGone;
                logger.debug("Writing the response failed", clientGone);
            }
        } catch (Exception | Error e) {
            if (error == null) {
                error = e;
            }
            throw e;
        } finally {
            if (!suspended) {
                end(ctx, response, error);
            }
        }
    }

    private Object awaitInPlace(RequestContext ctx, Object rv) throws Exception {
        try {
            return AsyncValues.await(rv);
        } catch (Exception e) {
            return dispatch.handleUserException(ctx, e);
        }
    }

    /** Hands the context to a preserving test client, pops it (teardown) and releases the response. */
    private void end(RequestContext ctx, Response response, Throwable error) {
        try {
            Object preserve = ctx.request().servletRequest().getAttribute(Flask.PRESERVE_CONTEXT_ATTRIBUTE);
            if (preserve instanceof Consumer<?> consumer && ctx.isPushed()) {
                @SuppressWarnings("unchecked")
                Consumer<RequestContext> receiver = (Consumer<RequestContext>) consumer;
                receiver.accept(ctx);
            }
            if (ctx.isPushed()) {
                ctx.pop(error);
            }
        } finally {
            if (response != null) {
                response.close();
            }
        }
    }
}
