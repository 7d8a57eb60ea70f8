package dev.flaskspring.signals;

import dev.flaskspring.Flask;

/** Sent when an app context is popped; Flask's {@code appcontext_popped}. */
public final class AppContextPopped extends FlaskEvent {

    /** The event for {@code app}. */
    public AppContextPopped(Flask app) {
        super(app);
    }
}
