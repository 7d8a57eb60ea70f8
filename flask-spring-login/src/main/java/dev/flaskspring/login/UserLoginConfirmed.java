package dev.flaskspring.login;

import dev.flaskspring.Flask;
import dev.flaskspring.signals.FlaskEvent;

/** Sent when a login is confirmed, so marked fresh again; Flask-Login's {@code user_login_confirmed}. */
public final class UserLoginConfirmed extends FlaskEvent {

    /** The event for {@code app}. */
    public UserLoginConfirmed(Flask app) {
        super(app);
    }
}
