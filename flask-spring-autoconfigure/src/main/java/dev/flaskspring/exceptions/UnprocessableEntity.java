package dev.flaskspring.exceptions;

/** {@code 422 Unprocessable Entity}; Werkzeug's {@code UnprocessableEntity}. */
public class UnprocessableEntity extends HTTPException {

    static final String DEFAULT_DESCRIPTION =
            "The request was well-formed but was unable to be followed due to semantic errors.";

    /** Creates the error with Werkzeug's default description. */
    public UnprocessableEntity() {
        this(null);
    }

    /** Creates the error with {@code description}, or the default when null. */
    public UnprocessableEntity(String description) {
        super(422, description != null ? description : DEFAULT_DESCRIPTION);
    }
}
