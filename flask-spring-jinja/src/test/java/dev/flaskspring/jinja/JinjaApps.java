package dev.flaskspring.jinja;

import dev.flaskspring.AppOptions;
import dev.flaskspring.Flask;

/** Fresh apps for tests, configured as Flask's {@code conftest.py} does. */
final class JinjaApps {

    private JinjaApps() {
    }

    /** A new app with {@code TESTING=true} and {@code SECRET_KEY="test key"}, its templates in {@code templates/}. */
    static Flask flask() {
        return configure(new Flask("flask_test"));
    }

    /** A new app with those settings and {@code options}. */
    static Flask flask(AppOptions options) {
        return configure(new Flask("flask_test", options));
    }

    private static Flask configure(Flask app) {
        app.config().put("TESTING", true);
        app.config().put("SECRET_KEY", "test key");
        return app;
    }
}
