package dev.flaskspring.exceptions;

/** {@code 503 Service Unavailable}, with an optional {@code Retry-After}; Werkzeug's {@code ServiceUnavailable}. */
public class ServiceUnavailable extends RetryAfterException {

    static final String DEFAULT_DESCRIPTION =
            "The server is temporarily unable to service your request due to maintenance downtime or capacity problems. Please try again later.";

    /** Creates the error with Werkzeug's default description. */
    public ServiceUnavailable() {
        this(null, null);
    }

    /** Creates the error with {@code description}, or the default when null. */
    public ServiceUnavailable(String description) {
        this(description, null);
    }

    /** Creates the error; {@code retryAfter} is seconds or a {@link java.time.ZonedDateTime}. */
    public ServiceUnavailable(String description, Object retryAfter) {
        super(503, description != null ? description : DEFAULT_DESCRIPTION, retryAfter);
    }
}
