package dev.flaskspring.ctx;

import dev.flaskspring.AfterRequest;
import dev.flaskspring.Flask;
import dev.flaskspring.exceptions.HTTPException;
import dev.flaskspring.exceptions.MethodNotAllowed;
import dev.flaskspring.exceptions.NotFound;
import dev.flaskspring.exceptions.RequestRedirect;
import dev.flaskspring.routing.MapAdapter;
import dev.flaskspring.routing.MatchResult;
import dev.flaskspring.wrappers.Request;
import java.util.ArrayList;
import java.util.List;

/**
 * Makes a request current on this thread, pushing an app context when needed; Flask's {@code RequestContext}.
 * <p>Pushing matches the URL (the result is on {@link Request#urlRule()} or
 * {@link Request#routingException()}); popping runs the teardown functions.
 */
public final class RequestContext implements AutoCloseable {

    private static final ThreadLocal<RequestContext> CURRENT = new ThreadLocal<>();

    private final Flask app;
    private final Request request;
    private MapAdapter urlAdapter;
    private MatchResult presetMatch;
    private final List<AfterRequest> afterRequestFunctions = new ArrayList<>(0);
    private final List<RequestContext> previous = new ArrayList<>(1);
    private final List<AppContext> pushedAppContexts = new ArrayList<>(1);
    private final SessionHolder session;
    private List<List<?>> flashes;
    private boolean runsTeardown = true;

    /** Creates (without pushing) a context for {@code request}; matching happens on push. */
    public RequestContext(Flask app, Request request) {
        this(app, request, null, null, new SessionHolder(app, request), true);
    }

    /**
     * Creates a context whose URL adapter and match were already computed (by the handler mapping);
     * a null adapter means the host was refused and the request already carries the error.
     */
    public RequestContext(Flask app, Request request, MapAdapter urlAdapter, MatchResult match) {
        this(app, request, urlAdapter, match, new SessionHolder(app, request), false);
    }

    private RequestContext(Flask app, Request request, MapAdapter urlAdapter, MatchResult match,
            SessionHolder session, boolean computeAdapter) {
        this.app = app;
        this.request = request;
        this.presetMatch = match;
        this.session = session;
        this.urlAdapter = urlAdapter;
        if (computeAdapter) {
            try {
                this.urlAdapter = app.createUrlAdapter(request);
            } catch (HTTPException e) {
                request.setRouting(null, null, e);
            }
        }
    }

    /**
     * A new context for the same request and session, to push on another thread; Flask's {@code copy}.
     */
    public RequestContext copy() {
        RequestContext copy = new RequestContext(app, request, urlAdapter, null, session, false);
        copy.flashes = flashes;
        return copy;
    }

    /**
     * A context for the same request, session and flashes, to push on another thread while this one
     * stays pushed (a streamed body); popping it runs no teardown, as Flask's {@code stream_with_context}
     * re-pushes the same context.
     */
    public RequestContext share() {
        RequestContext shared = copy();
        shared.runsTeardown = false;
        return shared;
    }

    /** The context current on this thread, or null. */
    public static RequestContext current() {
        return CURRENT.get();
    }

    /** The app. */
    public Flask app() {
        return app;
    }

    /** The request. */
    public Request request() {
        return request;
    }

    /** The URL adapter bound to this request, or null when the host was refused. */
    public MapAdapter urlAdapter() {
        return urlAdapter;
    }

    /** The session holder: the session is opened on first access. */
    public SessionHolder sessionHolder() {
        return session;
    }

    /** Functions to run on this request's response, before the app's; Flask's {@code _after_request_functions}. */
    public List<AfterRequest> afterRequestFunctions() {
        return afterRequestFunctions;
    }

    /** The flashed messages read in this request, or null before the first read; Flask's {@code flashes}. */
    public List<List<?>> flashes() {
        return flashes;
    }

    /** Keeps the flashed messages read in this request. */
    public void setFlashes(List<List<?>> flashes) {
        this.flashes = flashes;
    }

    /** Whether this context is pushed (at least once) right now. */
    public boolean isPushed() {
        return !previous.isEmpty();
    }

    /** Makes this context (and an app context, unless this app's is current) current; Flask's {@code push}. */
    public RequestContext push() {
        AppContext appCtx = AppContext.current();
        AppContext pushed = null;
        if (appCtx == null || appCtx.app() != app) {
            pushed = new AppContext(app).push();
        }
        previous.add(CURRENT.get());
        pushedAppContexts.add(pushed);
        CURRENT.set(this);
        matchRequest();
        return this;
    }

    /**
     * Matches the request URL now and records the outcome on the request; Flask's {@code match_request}
     * (a session interface may call it to know the endpoint while opening the session).
     */
    public void matchRequest() {
        if (urlAdapter == null || request.urlRule() != null || request.routingException() != null) {
            return;
        }
        MatchResult result = presetMatch != null ? presetMatch : urlAdapter.match();
        presetMatch = null;
        if (result instanceof MatchResult.Pending pending) {
            result = urlAdapter.complete(pending);
        }
        if (result instanceof MatchResult.Match m) {
            request.setRouting(m.rule(), m.values(), null);
        } else if (result instanceof MatchResult.Redirect r) {
            request.setRouting(null, null, new RequestRedirect(r.location(), r.code()));
        } else if (result instanceof MatchResult.MethodNotAllowed m) {
            request.setRouting(null, null, new MethodNotAllowed(new java.util.TreeSet<>(m.validMethods())));
        } else {
            request.setRouting(null, null, new NotFound());
        }
    }

    /**
     * Takes this context (and the app context its push created), current and pushed once, off this thread
     * without tearing it down, while the request waits for an async view; {@link #resume} puts it back.
     */
    public void suspend() {
        if (previous.size() != 1 || CURRENT.get() != this) {
            throw new IllegalStateException("Only the current request context, pushed once, can be suspended.");
        }
        ContextLocal.restore(CURRENT, previous.get(0));
        AppContext pushed = pushedAppContexts.get(0);
        if (pushed != null) {
            pushed.suspend();
        }
    }

    /** Makes this suspended context current again, on this thread, to finish its request. */
    public void resume() {
        AppContext pushed = pushedAppContexts.get(0);
        if (pushed != null) {
            pushed.resume();
        } else if (AppContext.current() == null || AppContext.current().app() != app) {
            pushedAppContexts.set(0, new AppContext(app).push());
        }
        previous.set(0, CURRENT.get());
        CURRENT.set(this);
    }

    /** The app context this context's push created, or null when it used one already current. */
    public AppContext pushedAppContext() {
        return pushedAppContexts.isEmpty() ? null : pushedAppContexts.get(0);
    }

    /** Pops this context with no error. */
    @Override
    public void close() {
        pop(null);
    }

    /**
     * Pops this context; on the last pop runs the request's teardown functions with {@code error};
     * also pops the app context this push created; Flask's {@code pop}.
     */
    public void pop(Throwable error) {
        if (previous.isEmpty()) {
            throw new IllegalStateException("Popped a request context that was not pushed.");
        }
        boolean last = previous.size() == 1;
        try {
            if (last && runsTeardown) {
                app.dispatcher().doTeardownRequest(error);
            }
        } finally {
            RequestContext now = CURRENT.get();
            ContextLocal.restore(CURRENT, previous.remove(previous.size() - 1));
            AppContext pushed = pushedAppContexts.remove(pushedAppContexts.size() - 1);
            if (pushed != null) {
                pushed.pop(error);
            }
            if (now != this) {
                throw new IllegalStateException("Popped wrong request context. (" + now + " instead of " + this + ")");
            }
        }
    }

    @Override
    public String toString() {
        return "<RequestContext '" + request.url() + "' [" + request.method() + "] of " + app.name() + ">";
    }
}
