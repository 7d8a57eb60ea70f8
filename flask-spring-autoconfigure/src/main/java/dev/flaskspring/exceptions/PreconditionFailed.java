package dev.flaskspring.exceptions;

/** {@code 412 Precondition Failed}; Werkzeug's {@code PreconditionFailed}. */
public class PreconditionFailed extends HTTPException {

    static final String DEFAULT_DESCRIPTION =
            "The precondition on the request for the URL failed positive evaluation.";

    /** Creates the error with Werkzeug's default description. */
    public PreconditionFailed() {
        this(null);
    }

    /** Creates the error with {@code description}, or the default when null. */
    public PreconditionFailed(String description) {
        super(412, description != null ? description : DEFAULT_DESCRIPTION);
    }
}
