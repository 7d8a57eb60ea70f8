package dev.flaskspring.exceptions;

/** {@code 505 HTTP Version Not Supported}; Werkzeug's {@code HTTPVersionNotSupported}. */
public class HTTPVersionNotSupported extends HTTPException {

    static final String DEFAULT_DESCRIPTION =
            "The server does not support the HTTP protocol version used in the request.";

    /** Creates the error with Werkzeug's default description. */
    public HTTPVersionNotSupported() {
        this(null);
    }

    /** Creates the error with {@code description}, or the default when null. */
    public HTTPVersionNotSupported(String description) {
        super(505, description != null ? description : DEFAULT_DESCRIPTION);
    }
}
