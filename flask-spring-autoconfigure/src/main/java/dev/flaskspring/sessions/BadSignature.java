package dev.flaskspring.sessions;

/**
 * A signed value was rejected: bad or missing signature, expired, or an unreadable payload;
 * itsdangerous' {@code BadSignature} (and its {@code BadTimeSignature}, {@code SignatureExpired},
 * {@code BadPayload}).
 */
public class BadSignature extends Exception {

    /** Creates the error with a reason. */
    public BadSignature(String message) {
        super(message, null, false, false);
    }
}
