package dev.flaskspring.exceptions;

/** {@code 424 Failed Dependency}; Werkzeug's {@code FailedDependency}. */
public class FailedDependency extends HTTPException {

    static final String DEFAULT_DESCRIPTION =
            "The method could not be performed on the resource because the requested action depended on another action and that action failed.";

    /** Creates the error with Werkzeug's default description. */
    public FailedDependency() {
        this(null);
    }

    /** Creates the error with {@code description}, or the default when null. */
    public FailedDependency(String description) {
        super(424, description != null ? description : DEFAULT_DESCRIPTION);
    }
}
