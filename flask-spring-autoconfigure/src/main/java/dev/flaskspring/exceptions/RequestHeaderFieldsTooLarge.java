package dev.flaskspring.exceptions;

/** {@code 431 Request Header Fields Too Large}; Werkzeug's {@code RequestHeaderFieldsTooLarge}. */
public class RequestHeaderFieldsTooLarge extends HTTPException {

    static final String DEFAULT_DESCRIPTION =
            "One or more header fields exceeds the maximum size.";

    /** Creates the error with Werkzeug's default description. */
    public RequestHeaderFieldsTooLarge() {
        this(null);
    }

    /** Creates the error with {@code description}, or the default when null. */
    public RequestHeaderFieldsTooLarge(String description) {
        super(431, description != null ? description : DEFAULT_DESCRIPTION);
    }
}
