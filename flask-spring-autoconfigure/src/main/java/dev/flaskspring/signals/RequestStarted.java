package dev.flaskspring.signals;

import dev.flaskspring.Flask;

/** Sent when a request starts, before the before-request functions; Flask's {@code request_started}. */
public final class RequestStarted extends FlaskEvent {

    /** The event for {@code app}. */
    public RequestStarted(Flask app) {
        super(app);
    }
}
