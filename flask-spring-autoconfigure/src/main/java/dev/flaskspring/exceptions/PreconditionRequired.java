package dev.flaskspring.exceptions;

/** {@code 428 Precondition Required}; Werkzeug's {@code PreconditionRequired}. */
public class PreconditionRequired extends HTTPException {

    static final String DEFAULT_DESCRIPTION =
            "This request is required to be conditional; try using \"If-Match\" or \"If-Unmodified-Since\".";

    /** Creates the error with Werkzeug's default description. */
    public PreconditionRequired() {
        this(null);
    }

    /** Creates the error with {@code description}, or the default when null. */
    public PreconditionRequired(String description) {
        super(428, description != null ? description : DEFAULT_DESCRIPTION);
    }
}
