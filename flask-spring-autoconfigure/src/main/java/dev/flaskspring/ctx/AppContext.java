package dev.flaskspring.ctx;

import dev.flaskspring.Flask;
import dev.flaskspring.pipeline.AppSignals;
import dev.flaskspring.routing.MapAdapter;
import java.util.ArrayList;
import java.util.List;

/**
 * Makes an app current on this thread, with its own {@link G}; Flask's {@code AppContext}.
 * <p>Use it in try-with-resources: {@code try (var ctx = app.appContext()) { ... }}. It may be pushed
 * more than once; the teardown functions run when the last push is popped.
 */
public final class AppContext implements AutoCloseable {

    private static final ThreadLocal<AppContext> CURRENT = new ThreadLocal<>();

    private final Flask app;
    private final MapAdapter urlAdapter;
    private final G g;
    private final List<AppContext> previous = new ArrayList<>(1);
    private final boolean runsTeardown;

    /** Creates (without pushing) a context for {@code app}. */
    public AppContext(Flask app) {
        this(app, new G(app.name()), app.createUrlAdapter(null), true);
    }

    private AppContext(Flask app, G g, MapAdapter urlAdapter, boolean runsTeardown) {
        this.app = app;
        this.g = g;
        this.urlAdapter = urlAdapter;
        this.runsTeardown = runsTeardown;
    }

    /**
     * A context sharing this one's {@code g}, to push on another thread while this one stays pushed
     * (a streamed body); popping it runs no teardown, as re-pushing the same context does in Flask.
     */
    public AppContext share() {
        return new AppContext(app, g, urlAdapter, false);
    }

    /** The context current on this thread, or null. */
    public static AppContext current() {
        return CURRENT.get();
    }

    /** The app. */
    public Flask app() {
        return app;
    }

    /** This context's {@code g}. */
    public G g() {
        return g;
    }

    /** The URL adapter built from {@code SERVER_NAME}, or null when it is unset. */
    public MapAdapter urlAdapter() {
        return urlAdapter;
    }

    /** Makes this context current; Flask's {@code push}. Returns this for try-with-resources. */
    public AppContext push() {
        previous.add(CURRENT.get());
        CURRENT.set(this);
        AppSignals.appcontextPushed(app);
        return this;
    }

    /**
     * Takes this context, current and pushed once, off this thread without popping it, while its request
     * waits for an async view; {@link #resume} puts it back, on any thread.
     */
    public void suspend() {
        if (previous.size() != 1 || CURRENT.get() != this) {
            throw new IllegalStateException("Only the current context, pushed once, can be suspended.");
        }
        ContextLocal.restore(CURRENT, previous.get(0));
    }

    /** Makes this suspended context current again on this thread. */
    public void resume() {
        previous.set(0, CURRENT.get());
        CURRENT.set(this);
    }

    /** Pops this context (running app-context teardown on the last pop) with no error. */
    @Override
    public void close() {
        pop(null);
    }

    /**
     * Pops this context; on the last pop runs {@code teardown_appcontext} functions with {@code error};
     * Flask's {@code pop}.
     *
     * @throws IllegalStateException when this is not the current context
     */
    public void pop(Throwable error) {
        if (previous.isEmpty()) {
            throw new IllegalStateException("Popped an app context that was not pushed.");
        }
        try {
            if (previous.size() == 1 && runsTeardown) {
                app.dispatcher().doTeardownAppcontext(error);
            }
        } finally {
            AppContext now = CURRENT.get();
            ContextLocal.restore(CURRENT, previous.remove(previous.size() - 1));
            if (now != this) {
                throw new IllegalStateException("Popped wrong app context. (" + now + " instead of " + this + ")");
            }
        }
        AppSignals.appcontextPopped(app);
    }

    @Override
    public String toString() {
        return "<AppContext of " + app.name() + ">";
    }
}
