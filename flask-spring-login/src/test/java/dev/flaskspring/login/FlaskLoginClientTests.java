package dev.flaskspring.login;

import static dev.flaskspring.login.Login.currentUser;
import static org.assertj.core.api.Assertions.assertThat;

import dev.flaskspring.Flask;
import dev.flaskspring.testing.FlaskClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Test clients with a user logged in; ported from Flask-Login's {@code tests/test_login.py::CustomTestClientTestCase}. */
@ExtendWith(NoLeakedContexts.class)
class FlaskLoginClientTests {

    final Flask app = new Flask("custom_client");

    FlaskLoginClientTests() {
        app.config().put("SECRET_KEY", "deterministic");
        app.config().put("SESSION_PROTECTION", null);
        app.config().put("REMEMBER_COOKIE_NAME", "remember");
        LoginManager loginManager = new LoginManager();
        loginManager.initApp(app);
        app.config().put("LOGIN_DISABLED", false);
        app.route("/username", "username",
                args -> currentUser().isAuthenticated() ? ((TestUser) currentUser()).name() : "Anonymous");
        app.route("/is-fresh", "is_fresh", args -> LoginTestApp.str(Login.loginFresh()));
        loginManager.userLoader(TestUser::byNumber);
        app.errorHandler(404, e -> {
            throw e;
        });
    }

    private void assertClient(FlaskClient c, String username, String fresh) {
        assertThat(c.get("/username").text()).isEqualTo(username);
        assertThat(c.get("/is-fresh").text()).isEqualTo(fresh);
    }

    // Flask-Login: tests/test_login.py::CustomTestClientTestCase::test_no_args_to_test_client
    @Test
    void noArgsToTestClient() {
        assertThat(FlaskLoginClient.create(app, null).get("/username").text()).isEqualTo("Anonymous");
    }

    // Flask-Login: tests/test_login.py::CustomTestClientTestCase::test_user_arg_to_test_client
    @Test
    void userArgToTestClient() {
        assertClient(FlaskLoginClient.create(app, TestUser.NOTCH), "Notch", "True");
    }

    // Flask-Login: tests/test_login.py::CustomTestClientTestCase::test_fresh_login_arg_to_test_client
    @Test
    void freshLoginArgToTestClient() {
        assertClient(FlaskLoginClient.create(app, TestUser.NOTCH, false), "Notch", "False");
    }

    // Flask-Login: tests/test_login.py::CustomTestClientTestCase::test_session_protection_modes
    @Test
    void sessionProtectionModes() {
        app.config().put("SESSION_PROTECTION", null);
        assertClient(FlaskLoginClient.create(app, TestUser.NOTCH, false), "Notch", "False");
        assertClient(FlaskLoginClient.create(app, TestUser.NOTCH, true), "Notch", "True");

        app.config().put("SESSION_PROTECTION", "basic");
        assertClient(FlaskLoginClient.create(app, TestUser.NOTCH, false), "Notch", "False");
        assertClient(FlaskLoginClient.create(app, TestUser.NOTCH, true), "Notch", "False");

        app.config().put("SESSION_PROTECTION", "strong");
        assertClient(FlaskLoginClient.create(app, TestUser.NOTCH, false), "Anonymous", "False");
        assertClient(FlaskLoginClient.create(app, TestUser.NOTCH, true), "Anonymous", "False");
    }
}
