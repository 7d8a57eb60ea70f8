package dev.flaskspring.login;

import dev.flaskspring.Flask;
import dev.flaskspring.signals.FlaskEvent;

/** Sent when the user is loaded from the remember cookie; Flask-Login's {@code user_loaded_from_cookie}. */
public final class UserLoadedFromCookie extends FlaskEvent {

    private final UserMixin user;

    /** The event for {@code app} and {@code user}. */
    public UserLoadedFromCookie(Flask app, UserMixin user) {
        super(app);
        this.user = user;
    }

    /** The user loaded. */
    public UserMixin user() {
        return user;
    }
}
