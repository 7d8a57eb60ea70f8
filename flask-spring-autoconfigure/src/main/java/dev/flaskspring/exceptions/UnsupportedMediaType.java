package dev.flaskspring.exceptions;

/** {@code 415 Unsupported Media Type}; Werkzeug's {@code UnsupportedMediaType}. */
public class UnsupportedMediaType extends HTTPException {

    static final String DEFAULT_DESCRIPTION =
            "The server does not support the media type transmitted in the request.";

    /** Creates the error with Werkzeug's default description. */
    public UnsupportedMediaType() {
        this(null);
    }

    /** Creates the error with {@code description}, or the default when null. */
    public UnsupportedMediaType(String description) {
        super(415, description != null ? description : DEFAULT_DESCRIPTION);
    }
}
