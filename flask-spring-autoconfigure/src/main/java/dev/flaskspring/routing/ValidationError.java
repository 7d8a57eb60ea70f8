package dev.flaskspring.routing;

/** Thrown by a converter to make a rule not match (or not build); Werkzeug's {@code ValidationError}. */
public class ValidationError extends RuntimeException {

    /** Creates the error. */
    public ValidationError() {
        super(null, null, false, false);
    }

    /** Creates the error with a message. */
    public ValidationError(String message) {
        super(message, null, false, false);
    }
}
