package dev.flaskspring.testing;

/** A followed redirect leads back to one already followed; Werkzeug's {@code ClientRedirectError}. */
public class ClientRedirectError extends RuntimeException {

    /** A loop detected, as {@code message} explains. */
    public ClientRedirectError(String message) {
        super(message);
    }
}
