package dev.flaskspring.exceptions;

import dev.flaskspring.wrappers.Headers;
import java.util.List;

/** {@code 401 Unauthorized}, with optional {@code WWW-Authenticate} challenges; Werkzeug's {@code Unauthorized}. */
public class Unauthorized extends HTTPException {

    static final String DEFAULT_DESCRIPTION =
            "The server could not verify that you are authorized to access the URL requested. You either supplied the"
                    + " wrong credentials (e.g. a bad password), or your browser doesn't understand how to supply the"
                    + " credentials required.";

    private final List<String> wwwAuthenticate;

    /** Creates the error with Werkzeug's default description. */
    public Unauthorized() {
        this(null, List.of());
    }

    /** Creates the error with {@code description}, or the default when null. */
    public Unauthorized(String description) {
        this(description, List.of());
    }

    /** Creates the error with challenges such as {@code Basic realm="x"}, one header each. */
    public Unauthorized(String description, List<String> wwwAuthenticate) {
        super(401, description != null ? description : DEFAULT_DESCRIPTION);
        this.wwwAuthenticate = List.copyOf(wwwAuthenticate);
    }

    @Override
    public Headers getHeaders() {
        Headers headers = super.getHeaders();
        wwwAuthenticate.forEach(value -> headers.add("WWW-Authenticate", value));
        return headers;
    }
}
