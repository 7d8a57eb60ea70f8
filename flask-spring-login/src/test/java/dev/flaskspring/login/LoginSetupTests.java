package dev.flaskspring.login;

import static dev.flaskspring.Globals.session;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flaskspring.Flask;
import dev.flaskspring.ctx.RequestContext;
import dev.flaskspring.testing.FlaskClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Setting the manager up, and static files; ported from Flask-Login's {@code tests/test_login.py}
 * ({@code StaticTestCase}, {@code InitializationTestCase}).
 */
@ExtendWith(NoLeakedContexts.class)
class LoginSetupTests {

    private static Flask staticApp() {
        Flask app = new Flask("static");
        app.config().put("SECRET_KEY", "this is a temp key");
        LoginManager lm = new LoginManager();
        lm.initApp(app);
        lm.userLoader(TestUser::byNumber);
        return app;
    }

    // Flask-Login: tests/test_login.py::StaticTestCase::test_static_loads_anonymous
    @Test
    void staticLoadsAnonymous() {
        Flask app = staticApp();
        try (FlaskClient c = app.testClient().preserveContext()) {
            c.get("/static/favicon.ico");
            assertThat(Login.currentUser().isAnonymous()).isTrue();
        }
    }

    // Flask-Login: tests/test_login.py::StaticTestCase::test_static_loads_without_accessing_session
    @Test
    void staticLoadsWithoutAccessingSession() {
        Flask app = staticApp();
        try (Heard<UserAccessed> listener = Heard.listenTo(LoginSignals.USER_ACCESSED)) {
            app.testClient().get("/static/favicon.ico");
            listener.assertHeardNone();
        }
    }

    // Flask-Login: tests/test_login.py::InitializationTestCase::test_init_app
    @Test
    void initApp() {
        Flask app = new Flask("init");
        LoginManager loginManager = new LoginManager();
        loginManager.initApp(app, true);
        assertThat(LoginManager.of(app)).isSameAs(loginManager);
        assertThat(app.extensions()).containsEntry("login_manager", loginManager);
    }

    // Flask-Login: tests/test_login.py::InitializationTestCase::test_class_init
    @Test
    void classInit() {
        Flask app = new Flask("init");
        LoginManager loginManager = new LoginManager(app);
        assertThat(LoginManager.of(app)).isSameAs(loginManager);
    }

    // Flask-Login: tests/test_login.py::InitializationTestCase::test_no_user_loader_raises
    @Test
    void noUserLoaderRaises() {
        Flask app = new Flask("init");
        app.config().put("SECRET_KEY", "1234");
        LoginManager loginManager = new LoginManager(app);
        try (RequestContext ctx = app.testRequestContext("/")) {
            session().put("_user_id", "2");
            assertThatThrownBy(loginManager::loadUser).hasMessageStartingWith("Missing user_loader or request_loader");
        }
    }

    @Test
    void anAppWithoutAManagerSaysHowToSetOneUp() {
        Flask app = new Flask("bare");
        app.config().put("SECRET_KEY", "1234");
        try (RequestContext ctx = app.testRequestContext("/")) {
            assertThatThrownBy(Login::currentUser).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("new LoginManager().initApp(app)");
        }
    }

    @Test
    void currentUserOutsideARequestIsFlasksError() {
        assertThatThrownBy(Login::currentUser).isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("Working outside of request context.");
    }

    @Test
    void templatesSeeTheCurrentUser() {
        Flask app = staticApp();
        app.route("/", "index", args -> {
            Login.loginUser(TestUser.NOTCH);
            return dev.flaskspring.Globals.renderTemplateString(
                    "{{#current_user.authenticated}}Hello {{current_user.name}}{{/current_user.authenticated}}");
        });
        assertThat(app.testClient().get("/").text()).isEqualTo("Hello Notch");
    }
}
