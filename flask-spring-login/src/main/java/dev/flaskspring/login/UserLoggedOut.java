package dev.flaskspring.login;

import dev.flaskspring.Flask;
import dev.flaskspring.signals.FlaskEvent;

/** Sent when a user is logged out; Flask-Login's {@code user_logged_out}. */
public final class UserLoggedOut extends FlaskEvent {

    private final UserMixin user;

    /** The event for {@code app} and {@code user}. */
    public UserLoggedOut(Flask app, UserMixin user) {
        super(app);
        this.user = user;
    }

    /** The user logged out (the anonymous user when nobody was logged in). */
    public UserMixin user() {
        return user;
    }
}
