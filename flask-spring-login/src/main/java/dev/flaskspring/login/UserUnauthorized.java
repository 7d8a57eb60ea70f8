package dev.flaskspring.login;

import dev.flaskspring.Flask;
import dev.flaskspring.signals.FlaskEvent;

/** Sent when a request is refused for want of a login; Flask-Login's {@code user_unauthorized}. */
public final class UserUnauthorized extends FlaskEvent {

    /** The event for {@code app}. */
    public UserUnauthorized(Flask app) {
        super(app);
    }
}
