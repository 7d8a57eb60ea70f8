package dev.flaskspring.exceptions;

/** {@code 429 Too Many Requests}, with an optional {@code Retry-After}; Werkzeug's {@code TooManyRequests}. */
public class TooManyRequests extends RetryAfterException {

    static final String DEFAULT_DESCRIPTION =
            "This user has exceeded an allotted request count. Try again later.";

    /** Creates the error with Werkzeug's default description. */
    public TooManyRequests() {
        this(null, null);
    }

    /** Creates the error with {@code description}, or the default when null. */
    public TooManyRequests(String description) {
        this(description, null);
    }

    /** Creates the error; {@code retryAfter} is seconds or a {@link java.time.ZonedDateTime}. */
    public TooManyRequests(String description, Object retryAfter) {
        super(429, description != null ? description : DEFAULT_DESCRIPTION, retryAfter);
    }
}
