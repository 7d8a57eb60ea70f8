package dev.flaskspring.exceptions;

/** {@code 501 Not Implemented}; Werkzeug's {@code NotImplemented}. */
public class NotImplemented extends HTTPException {

    static final String DEFAULT_DESCRIPTION =
            "The server does not support the action requested by the browser.";

    /** Creates the error with Werkzeug's default description. */
    public NotImplemented() {
        this(null);
    }

    /** Creates the error with {@code description}, or the default when null. */
    public NotImplemented(String description) {
        super(501, description != null ? description : DEFAULT_DESCRIPTION);
    }
}
