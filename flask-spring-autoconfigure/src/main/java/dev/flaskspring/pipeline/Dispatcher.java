package dev.flaskspring.pipeline;

import dev.flaskspring.AfterRequest;
import dev.flaskspring.BeforeRequest;
import dev.flaskspring.ErrorHandler;
import dev.flaskspring.Flask;
import dev.flaskspring.Teardown;
import dev.flaskspring.UrlDefaults;
import dev.flaskspring.UrlValuePreprocessor;
import dev.flaskspring.View;
import dev.flaskspring.ViewArgs;
import dev.flaskspring.ctx.RequestContext;
import dev.flaskspring.exceptions.BadRequest;
import dev.flaskspring.exceptions.BadRequestKeyError;
import dev.flaskspring.exceptions.HTTPException;
import dev.flaskspring.exceptions.InternalServerError;
import dev.flaskspring.exceptions.RequestRedirect;
import dev.flaskspring.routing.Rule;
import dev.flaskspring.wrappers.Request;
import dev.flaskspring.wrappers.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * One app's request pipeline, top to bottom: push the contexts, the before-request functions, the view,
 * {@code make_response}, the after-request functions, saving the session, and the teardown when the contexts
 * are popped; the dispatch methods of Flask's {@code Flask} class ({@code wsgi_app},
 * {@code full_dispatch_request} and friends).
 * <p>It takes a request context and gives a {@link Response}; it never touches the servlet objects. The servlet
 * adapter writes the response (streamed bodies included) between {@link #start} and {@link #end}, so the
 * contexts stay pushed while the body is written. A view answering later ({@link AsyncValues}) makes
 * {@link #start} return {@link Outcome.Waiting}: the adapter then suspends the request, or asks
 * {@link #awaitInPlace}, and finishes it with {@link #resume}.
 */
public final class Dispatcher {

    /** Where a request stands after a step of the pipeline. */
    public sealed interface Outcome {
        /** The response to write; {@code error} is the exception that made it (a 500), or null. */
        record Done(Response response, Exception error) implements Outcome {
        }

        /** The view (or a hook, or a handler) answered with a value that completes later. */
        record Waiting(Object asyncValue) implements Outcome {
        }
    }

    private final Flask app;
    private final Registry registry;
    private final ResponseMaker responseMaker;
    private volatile boolean handledRequest;

    /** The pipeline of {@code app}, reading the hooks of its {@code registry}. */
    public Dispatcher(Flask app, Registry registry) {
        this.app = app;
        this.registry = registry;
        this.responseMaker = new ResponseMaker(app);
    }

    /** Whether a request has been handled; setup methods are then closed (Flask's {@code _got_first_request}). */
    public boolean hasHandledRequest() {
        return handledRequest;
    }

    /**
     * Pushes {@code ctx} and runs the request up to its response, or to the async value it waits for; the
     * first part of Flask's {@code wsgi_app}.
     *
     * @throws Exception an unhandled exception when exceptions propagate ({@code PROPAGATE_EXCEPTIONS}, testing)
     */
    public Outcome start(RequestContext ctx) throws Exception {
        Object rv;
        try {
            ctx.push();
            rv = dispatchToValue(ctx);
        } catch (Exception e) {
            return new Outcome.Done(handleException(ctx, e), e);
        }
        return settle(ctx, rv);
    }

    /**
     * Makes a suspended request current again on this thread and finishes it with what its async value gave: a
     * value, or the exception it failed with.
     */
    public Outcome resume(RequestContext ctx, Object result) throws Exception {
        Object rv;
        try {
            ctx.resume();
            rv = result instanceof Throwable failure ? handleUserException(ctx, AsyncValues.asException(failure))
                    : result;
        } catch (Exception e) {
            return new Outcome.Done(handleException(ctx, e), e);
        }
        return settle(ctx, rv);
    }

    /** Waits for an async value on this thread, as Flask's {@code async_to_sync} does, and goes on with it. */
    public Outcome awaitInPlace(RequestContext ctx, Object asyncValue) throws Exception {
        Object rv;
        try {
            try {
                rv = AsyncValues.await(asyncValue);
            } catch (Exception e) {
                rv = handleUserException(ctx, e);
            }
        } catch (Exception e) {
            return new Outcome.Done(handleException(ctx, e), e);
        }
        return settle(ctx, rv);
    }

    /** A value that completes later waits; any other becomes the response; Flask's {@code finalize_request}. */
    private Outcome settle(RequestContext ctx, Object rv) throws Exception {
        if (AsyncValues.isAsync(rv)) {
            return new Outcome.Waiting(rv);
        }
        try {
            return new Outcome.Done(finalizeRequest(ctx, rv, false), null);
        } catch (Exception e) {
            return new Outcome.Done(handleException(ctx, e), e);
        }
    }

    /**
     * Ends a request once its response is written: pops the contexts (the teardown functions run, with
     * {@code error}) and closes the response; the end of Flask's {@code wsgi_app}.
     */
    public void end(RequestContext ctx, Response response, Throwable error) {
        try {
            if (ctx.isPushed()) {
                ctx.pop(error);
            }
        } finally {
            if (response != null) {
                response.close();
            }
        }
    }

    /**
     * The first part of Flask's {@code full_dispatch_request}: the before-request functions and the view,
     * or the handler of what they raised. The value may answer later ({@link AsyncValues}).
     */
    private Object dispatchToValue(RequestContext ctx) throws Exception {
        handledRequest = true;
        try {
            AppSignals.requestStarted(app);
            Object rv = preprocessRequest(ctx);
            return rv != null ? rv : dispatchRequest(ctx);
        } catch (Exception e) {
            return handleUserException(ctx, e);
        }
    }

    /**
     * Runs URL value preprocessors then before-request functions; Flask's {@code preprocess_request}. A
     * function answering later is awaited here, as Flask awaits an {@code async} one.
     */
    public Object preprocessRequest(RequestContext ctx) throws Exception {
        Request request = ctx.request();
        List<String> names = appThenOutermostFirst(request.blueprints());
        for (String name : names) {
            for (UrlValuePreprocessor f : registry.urlValuePreprocessors().forScope(name)) {
                f.apply(request.endpoint(), request.viewArgs());
            }
        }
        for (String name : names) {
            for (BeforeRequest f : registry.beforeRequest().forScope(name)) {
                Object rv = f.apply();
                if (AsyncValues.isAsync(rv)) {
                    rv = AsyncValues.await(rv);
                }
                if (rv != null) {
                    return rv;
                }
            }
        }
        return null;
    }

    /** Calls the matched view, or raises the routing error; Flask's {@code dispatch_request}. */
    public Object dispatchRequest(RequestContext ctx) throws Exception {
        Request request = ctx.request();
        if (request.routingException() != null) {
            throw request.routingException();
        }
        Rule rule = request.urlRule();
        if (rule.provideAutomaticOptions() && "OPTIONS".equals(request.method())) {
            return makeDefaultOptionsResponse(ctx);
        }
        View view = registry.viewFunctions().get(rule.endpoint());
        if (view == null) {
            throw new IllegalStateException("No view function is registered for the endpoint '" + rule.endpoint()
                    + "'.");
        }
        return view.call(new ViewArgs(request.viewArgs()));
    }

    private Response makeDefaultOptionsResponse(RequestContext ctx) {
        Response rv = app.responseClass().create(null);
        rv.headers().set("Allow", String.join(", ",
                new TreeSet<>(ctx.urlAdapter().allowedMethods(ctx.request().path()))));
        return rv;
    }

    /** Finds and calls the handler for an exception, or rethrows it; Flask's {@code handle_user_exception}. */
    public Object handleUserException(RequestContext ctx, Exception e) throws Exception {
        if (e instanceof BadRequestKeyError key && (app.isDebug() || app.config().getBoolean("TRAP_BAD_REQUEST_ERRORS"))) {
            key.setShowException(true);
        }
        if (e instanceof HTTPException http && !trapHttpException(http)) {
            return handleHttpException(ctx, http);
        }
        ErrorHandler<?> handler = registry.errorHandlers().find(e, ctx.request().blueprints());
        if (handler == null) {
            throw e;
        }
        return callHandler(handler, e);
    }

    /** Finds the handler for an HTTP error, or returns the error as its own response; Flask's {@code handle_http_exception}. */
    public Object handleHttpException(RequestContext ctx, HTTPException e) throws Exception {
        if (e.code() <= 0 || e instanceof RequestRedirect) {
            return e;
        }
        ErrorHandler<?> handler = registry.errorHandlers().find(e, ctx.request().blueprints());
        return handler == null ? e : callHandler(handler, e);
    }

    private boolean trapHttpException(HTTPException e) {
        if (app.config().getBoolean("TRAP_HTTP_EXCEPTIONS")) {
            return true;
        }
        Object trapBadRequest = app.config().get("TRAP_BAD_REQUEST_ERRORS");
        if (trapBadRequest == null && app.isDebug() && e instanceof BadRequestKeyError) {
            return true;
        }
        if (trapBadRequest != null && app.config().getBoolean("TRAP_BAD_REQUEST_ERRORS")) {
            return e instanceof BadRequest;
        }
        return false;
    }

    /**
     * Turns an unhandled exception into a 500 response, or rethrows it when exceptions propagate;
     * Flask's {@code handle_exception}.
     */
    public Response handleException(RequestContext ctx, Exception e) throws Exception {
        AppSignals.gotRequestException(app, e);
        Object propagate = app.config().get("PROPAGATE_EXCEPTIONS");
        boolean rethrow = propagate == null ? app.isTesting() || app.isDebug() : app.config().getBoolean("PROPAGATE_EXCEPTIONS");
        if (rethrow) {
            throw e;
        }
        Request request = ctx.request();
        app.logger().error("Exception on {} [{}]", request.path(), request.method(), e);
        InternalServerError serverError = new InternalServerError(null, e);
        Object rv = serverError;
        ErrorHandler<?> handler = registry.errorHandlers().find(serverError, request.blueprints());
        if (handler != null) {
            try {
                rv = callHandler(handler, serverError);
            } catch (Exception handlerError) {
                app.logger().error("The error handler for a 500 failed", handlerError);
                rv = serverError;
            }
        }
        return finalizeRequest(ctx, rv, true);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object callHandler(ErrorHandler handler, Throwable e) throws Exception {
        return handler.apply(e);
    }

    /** Converts the return value and runs the after-request functions; Flask's {@code finalize_request}. */
    public Response finalizeRequest(RequestContext ctx, Object rv, boolean fromErrorHandler) throws Exception {
        Response response = makeResponse(rv);
        try {
            response = processResponse(ctx, response);
            AppSignals.requestFinished(app, response);
        } catch (Exception e) {
            if (!fromErrorHandler) {
                throw e;
            }
            app.logger().error("Request finalizing failed with an error while handling an error", e);
        }
        return response;
    }

    /**
     * Runs this request's {@code after_this_request} functions, then the after-request functions
     * (innermost blueprint first, each scope last-registered first), then saves the session;
     * Flask's {@code process_response}.
     */
    public Response processResponse(RequestContext ctx, Response response) throws Exception {
        for (AfterRequest f : ctx.afterRequestFunctions()) {
            response = f.apply(response);
        }
        for (String name : innermostFirstThenApp(ctx.request().blueprints())) {
            List<AfterRequest> funcs = registry.afterRequest().forScope(name);
            for (int i = funcs.size() - 1; i >= 0; i--) {
                response = funcs.get(i).apply(response);
            }
        }
        ctx.sessionHolder().save(response);
        return response;
    }

    /** Converts a view's return value to a response; Flask's {@code make_response}. */
    public Response makeResponse(Object rv) {
        return responseMaker.make(rv);
    }

    /** Runs teardown-request functions, innermost first, each scope last-registered first; then the signal. */
    public void doTeardownRequest(Throwable error) {
        RequestContext ctx = RequestContext.current();
        List<String> blueprints = ctx == null ? List.of() : ctx.request().blueprints();
        for (String name : innermostFirstThenApp(blueprints)) {
            runTeardowns(registry.teardownRequest().forScope(name), error);
        }
        AppSignals.requestTearingDown(app, error);
    }

    /** Runs teardown-appcontext functions, last registered first; then the signal. */
    public void doTeardownAppcontext(Throwable error) {
        runTeardowns(registry.teardownAppcontext().forScope(null), error);
        AppSignals.appcontextTearingDown(app, error);
    }

    private void runTeardowns(List<Teardown> funcs, Throwable error) {
        for (int i = funcs.size() - 1; i >= 0; i--) {
            try {
                funcs.get(i).apply(error);
            } catch (Exception e) {
                // One failing teardown must not keep the others from releasing their resources.
                app.logger().error("A teardown function failed", e);
            }
        }
    }

    /** Runs {@code url_defaults} functions of the app, then of the endpoint's blueprints outermost first. */
    public void injectUrlDefaults(String endpoint, Map<String, Object> values) {
        List<String> names = new ArrayList<>(3);
        names.add(null);
        int dot = endpoint.lastIndexOf('.');
        if (dot > 0) {
            List<String> chain = new ArrayList<>();
            String bp = endpoint.substring(0, dot);
            chain.add(bp);
            int d;
            while ((d = bp.lastIndexOf('.')) >= 0) {
                bp = bp.substring(0, d);
                chain.add(bp);
            }
            for (int i = chain.size() - 1; i >= 0; i--) {
                names.add(chain.get(i));
            }
        }
        for (String name : names) {
            for (UrlDefaults f : registry.urlDefaults().forScope(name)) {
                try {
                    f.apply(endpoint, values);
                } catch (RuntimeException e) {
                    throw e;
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
        }
    }

    private static List<String> appThenOutermostFirst(List<String> innermostFirst) {
        List<String> out = new ArrayList<>(innermostFirst.size() + 1);
        out.add(null);
        for (int i = innermostFirst.size() - 1; i >= 0; i--) {
            out.add(innermostFirst.get(i));
        }
        return out;
    }

    private static List<String> innermostFirstThenApp(List<String> innermostFirst) {
        List<String> out = new ArrayList<>(innermostFirst.size() + 1);
        out.addAll(innermostFirst);
        out.add(null);
        return out;
    }
}
