package dev.flaskspring.exceptions;

import dev.flaskspring.wrappers.Headers;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/** An error that may tell the client when to retry; Werkzeug's {@code _RetryAfter}. */
public abstract class RetryAfterException extends HTTPException {

    private final Object retryAfter;

    /** Creates the error; {@code retryAfter} is seconds ({@link Number}), a {@link ZonedDateTime}, or null. */
    protected RetryAfterException(int code, String description, Object retryAfter) {
        super(code, description);
        this.retryAfter = retryAfter;
    }

    /** The {@code Retry-After} value given at construction, or null. */
    public Object retryAfter() {
        return retryAfter;
    }

    @Override
    public Headers getHeaders() {
        Headers headers = super.getHeaders();
        if (retryAfter instanceof ZonedDateTime when) {
            headers.add("Retry-After", DateTimeFormatter.RFC_1123_DATE_TIME.format(when.withZoneSameInstant(ZoneOffset.UTC)));
        } else if (retryAfter != null) {
            headers.add("Retry-After", retryAfter.toString());
        }
        return headers;
    }
}
