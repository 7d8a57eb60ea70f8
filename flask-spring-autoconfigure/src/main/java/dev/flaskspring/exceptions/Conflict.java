package dev.flaskspring.exceptions;

/** {@code 409 Conflict}; Werkzeug's {@code Conflict}. */
public class Conflict extends HTTPException {

    static final String DEFAULT_DESCRIPTION =
            "A conflict happened while processing the request. The resource might have been modified while the request was being processed.";

    /** Creates the error with Werkzeug's default description. */
    public Conflict() {
        this(null);
    }

    /** Creates the error with {@code description}, or the default when null. */
    public Conflict(String description) {
        super(409, description != null ? description : DEFAULT_DESCRIPTION);
    }
}
