package dev.flaskspring.login;

import dev.flaskspring.Flask;
import dev.flaskspring.signals.FlaskEvent;

/** Sent when session protection marks the login not fresh or logs the user out; Flask-Login's {@code session_protected}. */
public final class SessionProtected extends FlaskEvent {

    /** The event for {@code app}. */
    public SessionProtected(Flask app) {
        super(app);
    }
}
