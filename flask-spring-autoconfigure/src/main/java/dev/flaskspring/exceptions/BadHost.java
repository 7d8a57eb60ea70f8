package dev.flaskspring.exceptions;

/** A {@code 400 Bad Request} raised for a badly formatted or untrusted host; Werkzeug's {@code BadHost}. */
public class BadHost extends BadRequest {

    /** Creates the error with the default description. */
    public BadHost() {
        super();
    }

    /** Creates the error with {@code description}, or the default when null. */
    public BadHost(String description) {
        super(description);
    }
}
