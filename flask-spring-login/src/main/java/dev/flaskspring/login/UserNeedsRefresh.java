package dev.flaskspring.login;

import dev.flaskspring.Flask;
import dev.flaskspring.signals.FlaskEvent;

/** Sent when a request is refused for want of a fresh login; Flask-Login's {@code user_needs_refresh}. */
public final class UserNeedsRefresh extends FlaskEvent {

    /** The event for {@code app}. */
    public UserNeedsRefresh(Flask app) {
        super(app);
    }
}
