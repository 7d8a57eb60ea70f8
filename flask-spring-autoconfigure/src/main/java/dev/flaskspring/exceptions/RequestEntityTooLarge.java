package dev.flaskspring.exceptions;

/** {@code 413 Request Entity Too Large}; Werkzeug's {@code RequestEntityTooLarge}. */
public class RequestEntityTooLarge extends HTTPException {

    static final String DEFAULT_DESCRIPTION =
            "The data value transmitted exceeds the capacity limit.";

    /** Creates the error with Werkzeug's default description. */
    public RequestEntityTooLarge() {
        this(null);
    }

    /** Creates the error with {@code description}, or the default when null. */
    public RequestEntityTooLarge(String description) {
        super(413, description != null ? description : DEFAULT_DESCRIPTION);
    }
}
