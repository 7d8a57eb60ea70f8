package dev.flaskspring.exceptions;

/** {@code 451 Unavailable For Legal Reasons}; Werkzeug's {@code UnavailableForLegalReasons}. */
public class UnavailableForLegalReasons extends HTTPException {

    static final String DEFAULT_DESCRIPTION =
            "Unavailable for legal reasons.";

    /** Creates the error with Werkzeug's default description. */
    public UnavailableForLegalReasons() {
        this(null);
    }

    /** Creates the error with {@code description}, or the default when null. */
    public UnavailableForLegalReasons(String description) {
        super(451, description != null ? description : DEFAULT_DESCRIPTION);
    }
}
