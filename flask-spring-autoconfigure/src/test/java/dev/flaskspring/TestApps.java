package dev.flaskspring;

/** Fresh apps for tests, configured as Flask's {@code conftest.py} does. */
public final class TestApps {

    private TestApps() {
    }

    /** A new app with {@code TESTING=true} and {@code SECRET_KEY="test key"}. */
    public static Flask flask() {
        Flask app = new Flask("flask_test");
        app.config().put("TESTING", true);
        app.config().put("SECRET_KEY", "test key");
        return app;
    }
}
