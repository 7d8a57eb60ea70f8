package dev.flaskspring.wtf;

import dev.flaskspring.exceptions.BadRequest;

/**
 * The request's CSRF data is missing or wrong: a 400 whose description says why; Flask-WTF's
 * {@code CSRFError}.
 * <p>Handle it like any error, by class or as a 400:
 * {@code app.errorHandler(CSRFError.class, e -> renderTemplate("csrf_error.html", "reason", e.description()))}.
 */
public class CSRFError extends BadRequest {

    /** The description when none is given. */
    public static final String DEFAULT_DESCRIPTION = "CSRF validation failed.";
    /** No token in the form or the headers. */
    public static final String TOKEN_MISSING = "The CSRF token is missing.";
    /** The session holds no raw token to compare with. */
    public static final String SESSION_TOKEN_MISSING = "The CSRF session token is missing.";
    /** The token is older than {@code WTF_CSRF_TIME_LIMIT}, or signed in the future. */
    public static final String TOKEN_EXPIRED = "The CSRF token has expired.";
    /** The token's signature or payload is wrong. */
    public static final String TOKEN_INVALID = "The CSRF token is invalid.";
    /** The token is genuine but was issued for another session. */
    public static final String TOKENS_DO_NOT_MATCH = "The CSRF tokens do not match.";
    /** An HTTPS request without a {@code Referer} header, under {@code WTF_CSRF_SSL_STRICT}. */
    public static final String REFERRER_MISSING = "The referrer header is missing.";
    /** An HTTPS request whose {@code Referer} is another origin, under {@code WTF_CSRF_SSL_STRICT}. */
    public static final String REFERRER_MISMATCH = "The referrer does not match the host.";

    /** The error with the description {@code "CSRF validation failed."}. */
    public CSRFError() {
        this(null);
    }

    /** The error with {@code description}, or the default one when null. */
    public CSRFError(String description) {
        super(description != null ? description : DEFAULT_DESCRIPTION);
    }
}
