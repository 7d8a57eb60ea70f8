package dev.flaskspring.login;

import dev.flaskspring.Flask;
import dev.flaskspring.signals.FlaskEvent;

/** Sent when a user is logged in; Flask-Login's {@code user_logged_in}. */
public final class UserLoggedIn extends FlaskEvent {

    private final UserMixin user;

    /** The event for {@code app} and {@code user}. */
    public UserLoggedIn(Flask app, UserMixin user) {
        super(app);
        this.user = user;
    }

    /** The user logged in. */
    public UserMixin user() {
        return user;
    }
}
