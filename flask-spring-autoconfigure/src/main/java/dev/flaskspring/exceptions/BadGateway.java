package dev.flaskspring.exceptions;

/** {@code 502 Bad Gateway}; Werkzeug's {@code BadGateway}. */
public class BadGateway extends HTTPException {

    static final String DEFAULT_DESCRIPTION =
            "The proxy server received an invalid response from an upstream server.";

    /** Creates the error with Werkzeug's default description. */
    public BadGateway() {
        this(null);
    }

    /** Creates the error with {@code description}, or the default when null. */
    public BadGateway(String description) {
        super(502, description != null ? description : DEFAULT_DESCRIPTION);
    }
}
