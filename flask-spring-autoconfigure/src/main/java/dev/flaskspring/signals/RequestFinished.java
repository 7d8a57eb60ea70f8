package dev.flaskspring.signals;

import dev.flaskspring.Flask;
import dev.flaskspring.wrappers.Response;

/** Sent after the after-request functions, with the response; Flask's {@code request_finished}. */
public final class RequestFinished extends FlaskEvent {

    private final transient Response response;

    /** The event for {@code app} with the response to be sent. */
    public RequestFinished(Flask app, Response response) {
        super(app);
        this.response = response;
    }

    /** The response to be sent. */
    public Response response() {
        return response;
    }
}
