package dev.flaskspring.login;

import static dev.flaskspring.Globals.getFlashedMessages;
import static dev.flaskspring.Globals.session;
import static dev.flaskspring.login.Login.currentUser;
import static dev.flaskspring.login.Login.loginFresh;
import static dev.flaskspring.login.Login.logoutUser;
import static org.assertj.core.api.Assertions.assertThat;

import dev.flaskspring.Blueprint;
import dev.flaskspring.BlueprintOptions;
import dev.flaskspring.Flask;
import dev.flaskspring.ctx.AppContext;
import dev.flaskspring.ctx.RequestContext;
import dev.flaskspring.testing.FlaskClient;
import dev.flaskspring.testing.TestResponse;
import dev.flaskspring.wrappers.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Logging in and out, and refused requests; ported from Flask-Login's {@code tests/test_login.py::LoginTestCase}. */
@ExtendWith(NoLeakedContexts.class)
class LoginTests {

    final LoginTestApp fixture = new LoginTestApp();
    final Flask app = fixture.app;
    final LoginManager loginManager = fixture.loginManager;

    // Flask-Login: tests/test_login.py::LoginTestCase::test_test_request_context_users_are_anonymous
    @Test
    void testRequestContextUsersAreAnonymous() {
        try (RequestContext ctx = app.testRequestContext("/")) {
            assertThat(currentUser().isAnonymous()).isTrue();
        }
    }

    // Flask-Login: tests/test_login.py::LoginTestCase::test_defaults_anonymous
    @Test
    void defaultsAnonymous() {
        assertThat(app.testClient().get("/username").text()).isEqualTo("Anonymous");
    }

    // Flask-Login: tests/test_login.py::LoginTestCase::test_login_user
    @Test
    void loginUser() {
        try (RequestContext ctx = app.testRequestContext("/")) {
            assertThat(Login.loginUser(TestUser.NOTCH)).isTrue();
            assertThat(((TestUser) currentUser()).name()).isEqualTo("Notch");
            assertThat(loginFresh()).isTrue();
        }
    }

    // Flask-Login: tests/test_login.py::LoginTestCase::test_login_user_not_fresh
    @Test
    void loginUserNotFresh() {
        try (RequestContext ctx = app.testRequestContext("/")) {
            assertThat(Login.loginUser(TestUser.NOTCH, LoginOptions.builder().fresh(false).build())).isTrue();
            assertThat(((TestUser) currentUser()).name()).isEqualTo("Notch");
            assertThat(loginFresh()).isFalse();
        }
    }

    // Flask-Login: tests/test_login.py::LoginTestCase::test_login_user_emits_signal
    @Test
    void loginUserEmitsSignal() {
        try (RequestContext ctx = app.testRequestContext("/");
                Heard<UserLoggedIn> listener = Heard.listenTo(LoginSignals.USER_LOGGED_IN)) {
            Login.loginUser(TestUser.NOTCH);
            assertThat(listener.assertHeardOne(app).user()).isSameAs(TestUser.NOTCH);
        }
    }

    // Flask-Login: tests/test_login.py::LoginTestCase::test_login_inactive_user
    @Test
    void loginInactiveUser() {
        try (RequestContext ctx = app.testRequestContext("/")) {
            boolean result = Login.loginUser(TestUser.CREEPER);
            assertThat(currentUser().isAnonymous()).isTrue();
            assertThat(result).isFalse();
        }
    }

    // Flask-Login: tests/test_login.py::LoginTestCase::test_login_inactive_user_forced
    @Test
    void loginInactiveUserForced() {
        try (RequestContext ctx = app.testRequestContext("/")) {
            Login.loginUser(TestUser.CREEPER, LoginOptions.builder().force().build());
            assertThat(((TestUser) currentUser()).name()).isEqualTo("Creeper");
        }
    }

    // Flask-Login: tests/test_login.py::LoginTestCase::test_login_user_with_request
    @Test
    void loginUserWithRequest() {
        assertThat(app.testClient().get("/username?user_id=2").text()).isEqualTo(TestUser.STEVE.name());
    }

    // Flask-Login: tests/test_login.py::LoginTestCase::test_login_invalid_user_with_request
    @Test
    void loginInvalidUserWithRequest() {
        assertThat(app.testClient().get("/username?user_id=9000").text()).isEqualTo("Anonymous");
    }

    // Flask-Login: tests/test_login.py::LoginTestCase::test_logout_logs_out_current_user
    @Test
    void logoutLogsOutCurrentUser() {
        try (RequestContext ctx = app.testRequestContext("/")) {
            Login.loginUser(TestUser.NOTCH);
            logoutUser();
            assertThat(currentUser().isAnonymous()).isTrue();
        }
    }

    // Flask-Login: tests/test_login.py::LoginTestCase::test_logout_emits_signal
    @Test
    void logoutEmitsSignal() {
        try (RequestContext ctx = app.testRequestContext("/")) {
            Login.loginUser(TestUser.NOTCH);
            try (Heard<UserLoggedOut> listener = Heard.listenTo(LoginSignals.USER_LOGGED_OUT)) {
                logoutUser();
                assertThat(listener.assertHeardOne(app).user()).isSameAs(TestUser.NOTCH);
            }
        }
    }

    // Flask-Login: tests/test_login.py::LoginTestCase::test_logout_without_current_user
    @Test
    void logoutWithoutCurrentUser() {
        try (RequestContext ctx = app.testRequestContext("/")) {
            Login.loginUser(TestUser.NOTCH);
            session().remove("_user_id");
            try (Heard<UserLoggedOut> listener = Heard.listenTo(LoginSignals.USER_LOGGED_OUT)) {
                logoutUser();
                assertThat(listener.assertHeardOne(app).user()).isNotNull();
            }
        }
    }

    // Flask-Login: tests/test_login.py::LoginTestCase::test_unauthorized_fires_unauthorized_signal
    @Test
    void unauthorizedFiresUnauthorizedSignal() {
        try (Heard<UserUnauthorized> listener = Heard.listenTo(LoginSignals.USER_UNAUTHORIZED)) {
            app.testClient().get("/secret");
            listener.assertHeardOne(app);
        }
    }

    // Flask-Login: tests/test_login.py::LoginTestCase::test_unauthorized_flashes_message_with_login_view
    @Test
    void unauthorizedFlashesMessageWithLoginView() {
        loginManager.setLoginView("/login");
        loginManager.setLoginMessage("Log in!");
        loginManager.setLoginMessageCategory("login");
        try (FlaskClient c = app.testClient().preserveContext()) {
            c.get("/secret");
            assertThat(getFlashedMessages(false, "login")).containsExactly("Log in!");
        }
    }

    // Flask-Login: tests/test_login.py::LoginTestCase::test_unauthorized_flash_message_localized
    @Test
    void unauthorizedFlashMessageLocalized() {
        loginManager.setLoginView("/login");
        loginManager.setLocalizeCallback(msg -> msg.equals("Log in!") ? "Einloggen" : null);
        loginManager.setLoginMessage("Log in!");
        loginManager.setLoginMessageCategory("login");
        try (FlaskClient c = app.testClient().preserveContext()) {
            c.get("/secret");
            assertThat(getFlashedMessages(false, "login")).containsExactly("Einloggen");
        }
    }

    // Flask-Login: tests/test_login.py::LoginTestCase::test_unauthorized_uses_authorized_handler
    @Test
    void unauthorizedUsesAuthorizedHandler() {
        loginManager.unauthorizedHandler(() -> new Response("This is secret!", 401));
        TestResponse result = app.testClient().get("/secret");
        assertThat(result.statusCode()).isEqualTo(401);
        assertThat(result.text()).isEqualTo("This is secret!");
    }

    // Flask-Login: tests/test_login.py::LoginTestCase::test_unauthorized_aborts_with_401
    @Test
    void unauthorizedAbortsWith401() {
        assertThat(app.testClient().get("/secret").statusCode()).isEqualTo(401);
    }

    // Flask-Login: tests/test_login.py::LoginTestCase::test_unauthorized_redirects_to_login_view
    @Test
    void unauthorizedRedirectsToLoginView() {
        loginManager.setLoginView("login");
        app.route("/login", "login", args -> "Login Form Goes Here!");
        TestResponse result = app.testClient().get("/secret");
        assertThat(result.statusCode()).isEqualTo(302);
        assertThat(result.location()).isEqualTo("/login?next=%2Fsecret");
    }

    // Flask-Login: tests/test_login.py::LoginTestCase::test_unauthorized_with_next_in_session
    @Test
    void unauthorizedWithNextInSession() {
        loginManager.setLoginView("login");
        app.config().put("USE_SESSION_FOR_NEXT", true);
        app.route("/login", "login", args -> session().pop("next", ""));
        FlaskClient c = app.testClient();
        TestResponse result = c.get("/secret");
        assertThat(result.statusCode()).isEqualTo(302);
        assertThat(result.location()).isEqualTo("/login");
        assertThat(c.get("/login").text()).isEqualTo("/secret");
    }

    // Flask-Login: tests/test_login.py::LoginTestCase::test_unauthorized_with_next_in_strong_session
    @Test
    void unauthorizedWithNextInStrongSession() {
        loginManager.setLoginView("login");
        app.config().put("SESSION_PROTECTION", "strong");
        app.config().put("USE_SESSION_FOR_NEXT", true);
        app.route("/login", "login", args -> {
            currentUser().isAuthenticated(); // anything that touches current_user
            return session().pop("next", "");
        });
        FlaskClient c = app.testClient();
        TestResponse result = c.get("/secret");
        assertThat(result.statusCode()).isEqualTo(302);
        assertThat(result.location()).isEqualTo("/login");
        assertThat(c.get("/login").text()).isEqualTo("/secret");
    }

    // Flask-Login: tests/test_login.py::LoginTestCase::test_unauthorized_uses_blueprint_login_view
    @Test
    void unauthorizedUsesBlueprintLoginView() {
        try (AppContext ctx = app.appContext()) {
            Blueprint first = new Blueprint("first");
            Blueprint second = new Blueprint("second");
            app.route("/app_login", "app_login", args -> "Login Form Goes Here!");
            app.route("/first_login", "first_login", args -> "Login Form Goes Here!");
            app.route("/second_login", "second_login", args -> "Login Form Goes Here!");
            app.route("/protected", "protected", Login.loginRequired().decorate(args -> "Access Granted"));
            first.route("/protected", "first_protected", Login.loginRequired().decorate(args -> "Access Granted"));
            second.route("/protected", "second_protected", Login.loginRequired().decorate(args -> "Access Granted"));
            app.registerBlueprint(first, BlueprintOptions.builder().urlPrefix("/first").build());
            app.registerBlueprint(second, BlueprintOptions.builder().urlPrefix("/second").build());

            Login.setLoginView("app_login");
            Login.setLoginView("first_login", first);
            Login.setLoginView("second_login", second);

            FlaskClient c = app.testClient();
            TestResponse result = c.get("/protected");
            assertThat(result.statusCode()).isEqualTo(302);
            assertThat(result.location()).isEqualTo("/app_login?next=%2Fprotected");

            result = c.get("/first/protected");
            assertThat(result.statusCode()).isEqualTo(302);
            assertThat(result.location()).isEqualTo("/first_login?next=%2Ffirst%2Fprotected");

            result = c.get("/second/protected");
            assertThat(result.statusCode()).isEqualTo(302);
            assertThat(result.location()).isEqualTo("/second_login?next=%2Fsecond%2Fprotected");
        }
    }

    // Flask-Login: tests/test_login.py::LoginTestCase::test_set_login_view_without_blueprints
    @Test
    void setLoginViewWithoutBlueprints() {
        try (AppContext ctx = app.appContext()) {
            app.route("/app_login", "app_login", args -> "Login Form Goes Here!");
            app.route("/protected", "protected", Login.loginRequired().decorate(args -> "Access Granted"));
            Login.setLoginView("app_login");
            TestResponse result = app.testClient().get("/protected");
            assertThat(result.statusCode()).isEqualTo(302);
            assertThat(result.location()).isEqualTo("/app_login?next=%2Fprotected");
        }
    }
}
