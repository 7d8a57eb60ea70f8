package dev.flaskspring.exceptions;

/** {@code 408 Request Timeout}; Werkzeug's {@code RequestTimeout}. */
public class RequestTimeout extends HTTPException {

    static final String DEFAULT_DESCRIPTION =
            "The server closed the network connection because the browser didn't finish the request within the specified time.";

    /** Creates the error with Werkzeug's default description. */
    public RequestTimeout() {
        this(null);
    }

    /** Creates the error with {@code description}, or the default when null. */
    public RequestTimeout(String description) {
        super(408, description != null ? description : DEFAULT_DESCRIPTION);
    }
}
