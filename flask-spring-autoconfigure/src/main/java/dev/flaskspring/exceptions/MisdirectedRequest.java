package dev.flaskspring.exceptions;

/** {@code 421 Misdirected Request}; Werkzeug's {@code MisdirectedRequest}. */
public class MisdirectedRequest extends HTTPException {

    static final String DEFAULT_DESCRIPTION =
            "The server is not able to produce a response.";

    /** Creates the error with Werkzeug's default description. */
    public MisdirectedRequest() {
        this(null);
    }

    /** Creates the error with {@code description}, or the default when null. */
    public MisdirectedRequest(String description) {
        super(421, description != null ? description : DEFAULT_DESCRIPTION);
    }
}
