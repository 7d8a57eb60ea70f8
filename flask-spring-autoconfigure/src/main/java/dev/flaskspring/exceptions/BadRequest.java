package dev.flaskspring.exceptions;

/** {@code 400 Bad Request}; Werkzeug's {@code BadRequest}. */
public class BadRequest extends HTTPException {

    static final String DEFAULT_DESCRIPTION =
            "The browser (or proxy) sent a request that this server could not understand.";

    /** Creates the error with Werkzeug's default description. */
    public BadRequest() {
        this(null);
    }

    /** Creates the error with {@code description}, or the default when null. */
    public BadRequest(String description) {
        super(400, description != null ? description : DEFAULT_DESCRIPTION);
    }
}
