package dev.flaskspring.exceptions;

/** {@code 423 Locked}; Werkzeug's {@code Locked}. */
public class Locked extends HTTPException {

    static final String DEFAULT_DESCRIPTION =
            "The resource that is being accessed is locked.";

    /** Creates the error with Werkzeug's default description. */
    public Locked() {
        this(null);
    }

    /** Creates the error with {@code description}, or the default when null. */
    public Locked(String description) {
        super(423, description != null ? description : DEFAULT_DESCRIPTION);
    }
}
