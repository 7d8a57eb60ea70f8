package dev.flaskspring.signals;

import dev.flaskspring.Flask;

/** Sent after the teardown-appcontext functions; Flask's {@code appcontext_tearing_down}. */
public final class AppContextTearingDown extends FlaskEvent {

    private final transient Throwable exception;

    /** The event for {@code app} with the exception that ended the context, or null. */
    public AppContextTearingDown(Flask app, Throwable exception) {
        super(app);
        this.exception = exception;
    }

    /** The exception, or null. */
    public Throwable exception() {
        return exception;
    }
}
