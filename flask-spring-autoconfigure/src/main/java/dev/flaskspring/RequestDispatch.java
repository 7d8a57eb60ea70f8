package dev.flaskspring;

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
 * The request pipeline of one app: hooks, view, error handling, finalizing, teardown; the
 * dispatch methods of Flask's {@code Flask} class ({@code full_dispatch_request} and friends).
 */
final class RequestDispatch {

    private final Flask app;
    private final ResponseMaker responseMaker;

    RequestDispatch(Flask app) {
        this.app = app;
        this.responseMaker = new ResponseMaker(app);
    }

    /**
     * The first part of Flask's {@code full_dispatch_request}: the before-request functions and the view,
     * or the handler of what they raised. The value may answer later ({@link AsyncValues}).
     */
    Object dispatchToValue(RequestContext ctx) throws Exception {
        app.markFirstRequest();
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
    Object preprocessRequest(RequestContext ctx) throws Exception {
        Request request = ctx.request();
        List<String> names = appThenOutermostFirst(request.blueprints());
        for (String name : names) {
            for (UrlValuePreprocessor f : app.urlValuePreprocessors.forScope(name)) {
                f.apply(request.endpoint(), request.viewArgs());
            }
        }
        for (String name : names) {
            for (BeforeRequest f : app.beforeRequestFuncs.forScope(name)) {
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
    Object dispatchRequest(RequestContext ctx) throws Exception {
        Request request = ctx.request();
        if (request.routingException() != null) {
            throw request.routingException();
        }
        Rule rule = request.urlRule();
        if (rule.provideAutomaticOptions() && "OPTIONS".equals(request.method())) {
            return makeDefaultOptionsResponse(ctx);
        }
        View view = app.viewFunctions.get(rule.endpoint());
        if (view == null) {
            throw new IllegalStateException("No view function is registered for the endpoint '" + rule.endpoint()
                    + "'.");
        }
        return view.call(new ViewArgs(request.viewArgs()));
    }

    private Response makeDefaultOptionsResponse(RequestContext ctx) {
        Response rv = new Response();
        rv.headers().set("Allow", String.join(", ",
                new TreeSet<>(ctx.urlAdapter().allowedMethods(ctx.request().path()))));
        return rv;
    }

    /** Finds and calls the handler for an exception, or rethrows it; Flask's {@code handle_user_exception}. */
    Object handleUserException(RequestContext ctx, Exception e) throws Exception {
        if (e instanceof BadRequestKeyError key && (app.isDebug() || app.config().getBoolean("TRAP_BAD_REQUEST_ERRORS"))) {
            key.setShowException(true);
        }
        if (e instanceof HTTPException http && !trapHttpException(http)) {
            return handleHttpException(ctx, http);
        }
        ErrorHandler<?> handler = app.errorHandlerSpec.find(e, ctx.request().blueprints());
        if (handler == null) {
            throw e;
        }
        return callHandler(handler, e);
    }

    /** Finds the handler for an HTTP error, or returns the error as its own response; Flask's {@code handle_http_exception}. */
    Object handleHttpException(RequestContext ctx, HTTPException e) throws Exception {
        if (e.code() <= 0 || e instanceof RequestRedirect) {
            return e;
        }
        ErrorHandler<?> handler = app.errorHandlerSpec.find(e, ctx.request().blueprints());
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
    Response handleException(RequestContext ctx, Exception e) throws Exception {
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
        ErrorHandler<?> handler = app.errorHandlerSpec.find(serverError, request.blueprints());
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
    Response finalizeRequest(RequestContext ctx, Object rv, boolean fromErrorHandler) throws Exception {
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
    Response processResponse(RequestContext ctx, Response response) throws Exception {
        for (AfterRequest f : ctx.afterRequestFunctions()) {
            response = f.apply(response);
        }
        for (String name : innermostFirstThenApp(ctx.request().blueprints())) {
            List<AfterRequest> funcs = app.afterRequestFuncs.forScope(name);
            for (int i = funcs.size() - 1; i >= 0; i--) {
                response = funcs.get(i).apply(response);
            }
        }
        ctx.sessionHolder().save(response);
        return response;
    }

    /** Converts a view's return value to a response; Flask's {@code make_response}. */
    Response makeResponse(Object rv) {
        return responseMaker.make(rv);
    }

    /** Runs teardown-request functions, innermost first, each scope last-registered first; then the signal. */
    void doTeardownRequest(Throwable error) {
        RequestContext ctx = RequestContext.current();
        List<String> blueprints = ctx == null ? List.of() : ctx.request().blueprints();
        for (String name : innermostFirstThenApp(blueprints)) {
            runTeardowns(app.teardownRequestFuncs.forScope(name), error);
        }
        AppSignals.requestTearingDown(app, error);
    }

    /** Runs teardown-appcontext functions, last registered first; then the signal. */
    void doTeardownAppcontext(Throwable error) {
        runTeardowns(app.teardownAppcontextFuncs().forScope(null), error);
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

    void appContextPushed() {
        AppSignals.appcontextPushed(app);
    }

    void appContextPopped() {
        AppSignals.appcontextPopped(app);
    }

    /** Runs {@code url_defaults} functions of the app, then of the endpoint's blueprints outermost first. */
    void injectUrlDefaults(String endpoint, Map<String, Object> values) {
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
            for (UrlDefaults f : app.urlDefaultFunctions.forScope(name)) {
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
