package dev.flaskspring.sessions;

import java.util.Map;

/**
 * The session used when sessions are unavailable (no {@code SECRET_KEY}): readable and empty, any write
 * fails with Flask's message; Flask's {@code NullSession}.
 */
public class NullSession extends Session {

    static final String MESSAGE = "The session is unavailable because no secret key was set. Set the secret_key on"
            + " the application to something unique and secret.";

    /** An empty null session. */
    public NullSession() {
        super(Map.of(), true);
    }

    @Override
    protected void beforeWrite() {
        throw new IllegalStateException(MESSAGE);
    }
}
