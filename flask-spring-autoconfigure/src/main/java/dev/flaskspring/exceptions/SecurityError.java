package dev.flaskspring.exceptions;

/** A {@code 400 Bad Request} raised for a security problem with the request; Werkzeug's {@code SecurityError}. */
public class SecurityError extends BadRequest {

    /** Creates the error with the default description. */
    public SecurityError() {
        super();
    }

    /** Creates the error with {@code description}, or the default when null. */
    public SecurityError(String description) {
        super(description);
    }
}
