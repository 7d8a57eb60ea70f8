package dev.flaskspring.exceptions;

/** {@code 504 Gateway Timeout}; Werkzeug's {@code GatewayTimeout}. */
public class GatewayTimeout extends HTTPException {

    static final String DEFAULT_DESCRIPTION =
            "The connection to an upstream server timed out.";

    /** Creates the error with Werkzeug's default description. */
    public GatewayTimeout() {
        this(null);
    }

    /** Creates the error with {@code description}, or the default when null. */
    public GatewayTimeout(String description) {
        super(504, description != null ? description : DEFAULT_DESCRIPTION);
    }
}
