package dev.flaskspring.signals;

import dev.flaskspring.Flask;

/** Sent after the teardown-request functions; Flask's {@code request_tearing_down}. */
public final class RequestTearingDown extends FlaskEvent {

    private final transient Throwable exception;

    /** The event for {@code app} with the exception that ended the request, or null. */
    public RequestTearingDown(Flask app, Throwable exception) {
        super(app);
        this.exception = exception;
    }

    /** The exception, or null. */
    public Throwable exception() {
        return exception;
    }
}
