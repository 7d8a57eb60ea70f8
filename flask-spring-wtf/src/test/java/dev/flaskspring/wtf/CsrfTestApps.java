package dev.flaskspring.wtf;

import dev.flaskspring.Flask;

/** Fresh apps for tests, configured as Flask-WTF's {@code tests/conftest.py} does. */
final class CsrfTestApps {

    private CsrfTestApps() {
    }

    /** A new app with {@code TESTING=true} and a secret key, without CSRF protection. */
    static Flask flask() {
        Flask app = new Flask("flask_wtf_tests");
        app.config().put("TESTING", true);
        app.config().put("SECRET_KEY", "conftest");
        return app;
    }
}
