package dev.flaskspring.exceptions;

/** {@code 403 Forbidden}; Werkzeug's {@code Forbidden}. */
public class Forbidden extends HTTPException {

    static final String DEFAULT_DESCRIPTION =
            "You don't have the permission to access the requested resource. It is either read-protected or not readable by the server.";

    /** Creates the error with Werkzeug's default description. */
    public Forbidden() {
        this(null);
    }

    /** Creates the error with {@code description}, or the default when null. */
    public Forbidden(String description) {
        super(403, description != null ? description : DEFAULT_DESCRIPTION);
    }
}
