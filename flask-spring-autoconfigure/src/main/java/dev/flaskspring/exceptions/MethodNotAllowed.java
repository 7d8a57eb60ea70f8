package dev.flaskspring.exceptions;

import dev.flaskspring.wrappers.Headers;
import java.util.Collection;
import java.util.List;

/** {@code 405 Method Not Allowed}, with the {@code Allow} header; Werkzeug's {@code MethodNotAllowed}. */
public class MethodNotAllowed extends HTTPException {

    static final String DEFAULT_DESCRIPTION = "The method is not allowed for the requested URL.";

    private final List<String> validMethods;

    /** Creates the error with no known valid methods. */
    public MethodNotAllowed() {
        this(null, null);
    }

    /** Creates the error naming the methods the URL accepts. */
    public MethodNotAllowed(Collection<String> validMethods) {
        this(validMethods, null);
    }

    /** Creates the error naming the accepted methods, with {@code description} or the default when null. */
    public MethodNotAllowed(Collection<String> validMethods, String description) {
        super(405, description != null ? description : DEFAULT_DESCRIPTION);
        this.validMethods = validMethods == null ? List.of() : List.copyOf(validMethods);
    }

    /** The methods the URL accepts, as sent in {@code Allow}. */
    public List<String> validMethods() {
        return validMethods;
    }

    @Override
    public Headers getHeaders() {
        Headers headers = super.getHeaders();
        if (!validMethods.isEmpty()) {
            headers.add("Allow", String.join(", ", validMethods));
        }
        return headers;
    }
}
