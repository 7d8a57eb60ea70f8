package dev.flaskspring.exceptions;

/** {@code 406 Not Acceptable}; Werkzeug's {@code NotAcceptable}. */
public class NotAcceptable extends HTTPException {

    static final String DEFAULT_DESCRIPTION =
            "The resource identified by the request is only capable of generating response entities which have content characteristics not acceptable according to the accept headers sent in the request.";

    /** Creates the error with Werkzeug's default description. */
    public NotAcceptable() {
        this(null);
    }

    /** Creates the error with {@code description}, or the default when null. */
    public NotAcceptable(String description) {
        super(406, description != null ? description : DEFAULT_DESCRIPTION);
    }
}
