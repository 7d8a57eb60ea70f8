package dev.flaskspring.login;

import static dev.flaskspring.Globals.session;
import static dev.flaskspring.login.Login.currentUser;

import dev.flaskspring.Flask;
import dev.flaskspring.sessions.Session;
import dev.flaskspring.testing.FlaskClient;
import java.time.Duration;

/** The app of Flask-Login's {@code LoginTestCase.setUp} in {@code tests/test_login.py}. */
final class LoginTestApp {

    final MutableClock clock = new MutableClock();
    final Flask app = new Flask("test_login");
    final LoginManager loginManager = new LoginManager(clock);

    LoginTestApp() {
        app.config().put("SECRET_KEY", "deterministic");
        app.config().put("SESSION_PROTECTION", null);
        app.config().put("REMEMBER_COOKIE_NAME", "remember");
        loginManager.initApp(app);
        app.config().put("LOGIN_DISABLED", false);

        app.route("/", "index", args -> "Welcome!");
        app.route("/secret", "secret", args -> loginManager.unauthorized());
        app.route("/login-notch", "login_notch", args -> str(Login.loginUser(TestUser.NOTCH)));
        app.route("/login-notch-remember", "login_notch_remember",
                args -> str(Login.loginUser(TestUser.NOTCH, true)));
        app.route("/login-notch-remember-custom", "login_notch_remember_custom", args -> str(Login.loginUser(
                TestUser.NOTCH, LoginOptions.builder().remember().duration(Duration.ofHours(7)).build())));
        app.route("/login-notch-permanent", "login_notch_permanent", args -> {
            session().setPermanent(true);
            return str(Login.loginUser(TestUser.NOTCH));
        });
        app.route("/needs-refresh", "needs_refresh", args -> loginManager.needsRefresh());
        app.route("/confirm-login", "_confirm_login", args -> {
            Login.confirmLogin();
            return "";
        });
        app.route("/username", "username",
                args -> currentUser().isAuthenticated() ? ((TestUser) currentUser()).name() : "Anonymous");
        app.route("/is-fresh", "is_fresh", args -> str(Login.loginFresh()));
        app.route("/is-remembered", "is_remembered", args -> str(Login.loginRemembered()));
        app.route("/logout", "logout", args -> str(Login.logoutUser()));
        loginManager.userLoader(TestUser::byNumber);
        loginManager.requestLoader(request -> {
            String userId = request.args().get("user_id");
            return userId == null ? null : TestUser.USERS.get(String.valueOf((int) Double.parseDouble(userId)));
        });
        app.route("/empty_session", "empty_session", args -> "modified=" + str(session().isModified()));
        // A typo in a test's URL raises instead of quietly answering 404.
        app.errorHandler(404, e -> {
            throw e;
        });
    }

    /** Python's {@code str(bool)}. */
    static String str(boolean value) {
        return value ? "True" : "False";
    }

    /** Clears the client's session, as when the browser is closed, whatever its permanent flag. */
    static void deleteSession(FlaskClient client) {
        client.sessionTransaction(Session::clear);
    }
}
