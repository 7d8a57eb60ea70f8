package dev.flaskspring.login;

import dev.flaskspring.Flask;
import dev.flaskspring.signals.FlaskEvent;

/** Sent whenever the current user is loaded for a request; Flask-Login's {@code user_accessed}. */
public final class UserAccessed extends FlaskEvent {

    /** The event for {@code app}. */
    public UserAccessed(Flask app) {
        super(app);
    }
}
