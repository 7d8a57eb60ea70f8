package dev.flaskspring.signals;

import dev.flaskspring.Flask;

/** Sent when an unhandled exception is about to become a 500, before the handler runs; Flask's {@code got_request_exception}. */
public final class GotRequestException extends FlaskEvent {

    private final transient Throwable exception;

    /** The event for {@code app} with the unhandled exception. */
    public GotRequestException(Flask app, Throwable exception) {
        super(app);
        this.exception = exception;
    }

    /** The unhandled exception. */
    public Throwable exception() {
        return exception;
    }
}
