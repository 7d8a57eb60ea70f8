package dev.flaskspring.exceptions;

/** {@code 418 I'm a teapot}; Werkzeug's {@code ImATeapot}. */
public class ImATeapot extends HTTPException {

    static final String DEFAULT_DESCRIPTION =
            "This server is a teapot, not a coffee machine";

    /** Creates the error with Werkzeug's default description. */
    public ImATeapot() {
        this(null);
    }

    /** Creates the error with {@code description}, or the default when null. */
    public ImATeapot(String description) {
        super(418, description != null ? description : DEFAULT_DESCRIPTION);
    }
}
