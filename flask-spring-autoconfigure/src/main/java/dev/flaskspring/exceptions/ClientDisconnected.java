package dev.flaskspring.exceptions;

/** A {@code 400 Bad Request} raised for a client that went away mid-request; Werkzeug's {@code ClientDisconnected}. */
public class ClientDisconnected extends BadRequest {

    /** Creates the error with the default description. */
    public ClientDisconnected() {
        super();
    }

    /** Creates the error with {@code description}, or the default when null. */
    public ClientDisconnected(String description) {
        super(description);
    }
}
