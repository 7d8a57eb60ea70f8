package dev.flaskspring.exceptions;

/** {@code 417 Expectation Failed}; Werkzeug's {@code ExpectationFailed}. */
public class ExpectationFailed extends HTTPException {

    static final String DEFAULT_DESCRIPTION =
            "The server could not meet the requirements of the Expect header";

    /** Creates the error with Werkzeug's default description. */
    public ExpectationFailed() {
        this(null);
    }

    /** Creates the error with {@code description}, or the default when null. */
    public ExpectationFailed(String description) {
        super(417, description != null ? description : DEFAULT_DESCRIPTION);
    }
}
