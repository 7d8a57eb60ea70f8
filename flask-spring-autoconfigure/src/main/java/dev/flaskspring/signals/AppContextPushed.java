package dev.flaskspring.signals;

import dev.flaskspring.Flask;

/** Sent when an app context is pushed; Flask's {@code appcontext_pushed}. */
public final class AppContextPushed extends FlaskEvent {

    /** The event for {@code app}. */
    public AppContextPushed(Flask app) {
        super(app);
    }
}
