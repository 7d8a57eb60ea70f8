package dev.flaskspring.login;

import static dev.flaskspring.Globals.session;
import static dev.flaskspring.login.Login.currentUser;
import static org.assertj.core.api.Assertions.assertThat;

import dev.flaskspring.Flask;
import dev.flaskspring.ctx.RequestContext;
import dev.flaskspring.testing.FlaskClient;
import dev.flaskspring.wrappers.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Users loaded by a request loader alone; ported from Flask-Login's {@code tests/test_login.py::LoginViaRequestTestCase}. */
@ExtendWith(NoLeakedContexts.class)
class LoginViaRequestTests {

    final Flask app = new Flask("via_request");
    final LoginManager loginManager = new LoginManager();
    final FlaskClient c;

    LoginViaRequestTests() {
        app.config().put("SECRET_KEY", "deterministic");
        app.config().put("SESSION_PROTECTION", null);
        app.config().put("REMEMBER_COOKIE_NAME", "remember");
        loginManager.initApp(app);
        app.config().put("LOGIN_DISABLED", false);
        app.route("/", "index", args -> "Welcome!");
        app.route("/login-notch", "login_notch", args -> LoginTestApp.str(Login.loginUser(TestUser.NOTCH)));
        app.route("/username", "username", args -> currentUser().isAuthenticated()
                ? ((TestUser) currentUser()).name() : new Response("Anonymous", 401));
        app.route("/logout", "logout", args -> LoginTestApp.str(Login.logoutUser()));
        loginManager.requestLoader(request -> {
            Object userId = request.args().get("user_id");
            if (userId == null) {
                userId = session().get("_user_id");
            }
            return userId == null ? null
                    : TestUser.USERS.get(String.valueOf((int) Double.parseDouble(String.valueOf(userId))));
        });
        app.errorHandler(404, e -> {
            throw e;
        });
        c = app.testClient();
    }

    // Flask-Login: tests/test_login.py::LoginViaRequestTestCase::test_has_no_user_loader_callback
    @Test
    void hasNoUserLoaderCallback() {
        assertThat(loginManager.userLoader()).isNull();
    }

    // Flask-Login: tests/test_login.py::LoginViaRequestTestCase::test_request_context_users_are_anonymous
    @Test
    void requestContextUsersAreAnonymous() {
        try (RequestContext ctx = app.testRequestContext("/")) {
            assertThat(currentUser().isAnonymous()).isTrue();
        }
    }

    // Flask-Login: tests/test_login.py::LoginViaRequestTestCase::test_defaults_anonymous
    @Test
    void defaultsAnonymous() {
        assertThat(c.get("/username").statusCode()).isEqualTo(401);
    }

    // Flask-Login: tests/test_login.py::LoginViaRequestTestCase::test_login_via_request
    @Test
    void loginViaRequest() {
        assertThat(c.get("/username?user_id=2").text()).isEqualTo(TestUser.STEVE.name());
    }

    // Flask-Login: tests/test_login.py::LoginViaRequestTestCase::test_login_via_request_uses_cookie_when_already_logged_in
    @Test
    void loginViaRequestUsesCookieWhenAlreadyLoggedIn() {
        c.get("/login-notch");
        assertThat(c.get("/username").text()).isEqualTo(TestUser.NOTCH.name());
        assertThat(c.get("/username?user_id=2").text()).isEqualTo("Steve");
    }

    // Flask-Login: tests/test_login.py::LoginViaRequestTestCase::test_login_invalid_user_with_request
    @Test
    void loginInvalidUserWithRequest() {
        assertThat(c.get("/username?user_id=9000").statusCode()).isEqualTo(401);
    }

    // Flask-Login: tests/test_login.py::LoginViaRequestTestCase::test_login_invalid_user_with_request_when_already_logged_in
    @Test
    void loginInvalidUserWithRequestWhenAlreadyLoggedIn() {
        assertThat(c.get("/login-notch").text()).isEqualTo("True");
        assertThat(c.get("/username?user_id=9000").statusCode()).isEqualTo(401);
    }

    // Flask-Login: tests/test_login.py::LoginViaRequestTestCase::test_login_user_with_request_does_not_modify_session
    @Test
    void loginUserWithRequestDoesNotModifySession() {
        assertThat(c.get("/username?user_id=2").text()).isEqualTo(TestUser.STEVE.name());
        assertThat(c.get("/username").text()).isEqualTo("Anonymous");
    }
}
