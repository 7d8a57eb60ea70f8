package dev.flaskspring.login;

import dev.flaskspring.Flask;
import dev.flaskspring.signals.FlaskEvent;

/** Sent when the request loader gives a user; Flask-Login's {@code user_loaded_from_request}. */
public final class UserLoadedFromRequest extends FlaskEvent {

    private final UserMixin user;

    /** The event for {@code app} and {@code user}. */
    public UserLoadedFromRequest(Flask app, UserMixin user) {
        super(app);
        this.user = user;
    }

    /** The user loaded. */
    public UserMixin user() {
        return user;
    }
}
