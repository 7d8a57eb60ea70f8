package dev.flaskspring.exceptions;

/**
 * A missing key in request data, answered with 400; Werkzeug's {@code BadRequestKeyError}.
 * <p>Thrown by {@code MultiDict.require} (Flask's {@code request.form["x"]}). In debug mode, or with
 * {@code TRAP_BAD_REQUEST_ERRORS}, the description names the key.
 */
public class BadRequestKeyError extends BadRequest {

    private final String key;
    private volatile boolean showException;

    /** Creates the error for a missing {@code key}. */
    public BadRequestKeyError(String key) {
        super();
        this.key = key;
    }

    /** The missing key. */
    public String key() {
        return key;
    }

    /** Whether the description names the key; Werkzeug's {@code show_exception}. */
    public boolean showException() {
        return showException;
    }

    /** Makes the description name the key (set by the app in debug mode). */
    public void setShowException(boolean showException) {
        this.showException = showException;
    }

    @Override
    public String description() {
        String base = super.description();
        return showException ? base + "\nKeyError: '" + key + "'" : base;
    }
}
