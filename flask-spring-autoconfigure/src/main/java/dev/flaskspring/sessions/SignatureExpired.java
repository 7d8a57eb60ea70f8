package dev.flaskspring.sessions;

/**
 * A signed value is older than its maximum age, or signed in the future; itsdangerous'
 * {@code SignatureExpired}. Its signature was valid.
 */
public class SignatureExpired extends BadSignature {

    /** Creates the error with a reason. */
    public SignatureExpired(String message) {
        super(message);
    }
}
