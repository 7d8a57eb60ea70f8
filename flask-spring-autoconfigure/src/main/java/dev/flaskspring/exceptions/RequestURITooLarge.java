package dev.flaskspring.exceptions;

/** {@code 414 Request URI Too Long}; Werkzeug's {@code RequestURITooLarge}. */
public class RequestURITooLarge extends HTTPException {

    static final String DEFAULT_DESCRIPTION =
            "The length of the requested URL exceeds the capacity limit for this server. The request cannot be processed.";

    /** Creates the error with Werkzeug's default description. */
    public RequestURITooLarge() {
        this(null);
    }

    /** Creates the error with {@code description}, or the default when null. */
    public RequestURITooLarge(String description) {
        super(414, description != null ? description : DEFAULT_DESCRIPTION);
    }
}
