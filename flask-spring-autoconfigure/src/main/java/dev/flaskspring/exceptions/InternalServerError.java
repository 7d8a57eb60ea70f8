package dev.flaskspring.exceptions;

/**
 * {@code 500 Internal Server Error}; Werkzeug's {@code InternalServerError}.
 * <p>When Flask handles an unhandled exception, the 500 handler receives one of these with the original
 * error in {@link #originalException()}.
 */
public class InternalServerError extends HTTPException {

    static final String DEFAULT_DESCRIPTION =
            "The server encountered an internal error and was unable to complete your request. Either the server is"
                    + " overloaded or there is an error in the application.";

    private final Throwable originalException;

    /** Creates the error with Werkzeug's default description. */
    public InternalServerError() {
        this(null, null);
    }

    /** Creates the error with {@code description}, or the default when null. */
    public InternalServerError(String description) {
        this(description, null);
    }

    /** Creates the error for an unhandled {@code originalException}. */
    public InternalServerError(String description, Throwable originalException) {
        super(500, description != null ? description : DEFAULT_DESCRIPTION);
        this.originalException = originalException;
    }

    /** The unhandled exception that caused this error, or null; Werkzeug's {@code original_exception}. */
    public Throwable originalException() {
        return originalException;
    }
}
