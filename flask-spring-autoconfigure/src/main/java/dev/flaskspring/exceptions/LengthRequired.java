package dev.flaskspring.exceptions;

/** {@code 411 Length Required}; Werkzeug's {@code LengthRequired}. */
public class LengthRequired extends HTTPException {

    static final String DEFAULT_DESCRIPTION =
            "A request with this method requires a valid <code>Content-Length</code> header.";

    /** Creates the error with Werkzeug's default description. */
    public LengthRequired() {
        this(null);
    }

    /** Creates the error with {@code description}, or the default when null. */
    public LengthRequired(String description) {
        super(411, description != null ? description : DEFAULT_DESCRIPTION);
    }
}
