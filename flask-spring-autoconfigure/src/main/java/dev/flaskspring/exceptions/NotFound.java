package dev.flaskspring.exceptions;

/** {@code 404 Not Found}; Werkzeug's {@code NotFound}. */
public class NotFound extends HTTPException {

    static final String DEFAULT_DESCRIPTION =
            "The requested URL was not found on the server. If you entered the URL manually please check your spelling and try again.";

    /** Creates the error with Werkzeug's default description. */
    public NotFound() {
        this(null);
    }

    /** Creates the error with {@code description}, or the default when null. */
    public NotFound(String description) {
        super(404, description != null ? description : DEFAULT_DESCRIPTION);
    }
}
