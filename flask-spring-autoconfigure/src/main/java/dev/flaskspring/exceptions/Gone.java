package dev.flaskspring.exceptions;

/** {@code 410 Gone}; Werkzeug's {@code Gone}. */
public class Gone extends HTTPException {

    static final String DEFAULT_DESCRIPTION =
            "The requested URL is no longer available on this server and there is no forwarding address. If you followed a link from a foreign page, please contact the author of this page.";

    /** Creates the error with Werkzeug's default description. */
    public Gone() {
        this(null);
    }

    /** Creates the error with {@code description}, or the default when null. */
    public Gone(String description) {
        super(410, description != null ? description : DEFAULT_DESCRIPTION);
    }
}
