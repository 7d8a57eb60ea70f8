package dev.flaskspring.login;

import static dev.flaskspring.Globals.session;
import static dev.flaskspring.login.Login.loginUrl;
import static org.assertj.core.api.Assertions.assertThat;

import dev.flaskspring.Flask;
import dev.flaskspring.ctx.RequestContext;
import dev.flaskspring.testing.TestRequest;
import dev.flaskspring.testing.TestResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The login URL and its {@code next} parameter; ported from Flask-Login's {@code tests/test_login.py}
 * ({@code TestLoginUrlGeneration}, {@code StrictHostForRedirectsTestCase}).
 * <p>Not ported: {@code test_unauthorized_uses_host_from_x_forwarded_for_header} wraps the app in Werkzeug's
 * {@code ProxyFix}, which this core does not provide; the other forwarded-host test needs no middleware and is here.
 */
@ExtendWith(NoLeakedContexts.class)
class LoginUrlTests {

    private static Flask urlApp() {
        Flask app = new Flask("urls");
        new LoginManager().initApp(app);
        app.route("/login", "login", args -> "");
        return app;
    }

    private static Flask strictHostApp() {
        Flask app = new Flask("strict_host");
        app.config().put("SECRET_KEY", "deterministic");
        app.config().put("SESSION_PROTECTION", null);
        app.config().put("REMEMBER_COOKIE_NAME", "remember");
        LoginManager loginManager = new LoginManager();
        loginManager.initApp(app);
        app.config().put("LOGIN_DISABLED", false);
        app.route("/secret", "secret", args -> loginManager.unauthorized());
        app.route("/", "index", args -> "Welcome!");
        loginManager.userLoader(TestUser.USERS::get);
        loginManager.setLoginView("login");
        app.route("/login", "login", args -> session().pop("next", ""));
        app.errorHandler(404, e -> {
            throw e;
        });
        return app;
    }

    // Flask-Login: tests/test_login.py::TestLoginUrlGeneration::test_make_next_param
    @Test
    void makeNextParam() {
        try (RequestContext ctx = urlApp().testRequestContext("/")) {
            assertThat(Login.makeNextParam("/login", "http://localhost/profile")).isEqualTo("/profile");
            assertThat(Login.makeNextParam("https://localhost/login", "http://localhost/profile"))
                    .isEqualTo("http://localhost/profile");
            assertThat(Login.makeNextParam("http://accounts.localhost/login", "http://localhost/profile"))
                    .isEqualTo("http://localhost/profile");
        }
    }

    // Flask-Login: tests/test_login.py::TestLoginUrlGeneration::test_login_url_generation
    @Test
    void loginUrlGeneration() {
        try (RequestContext ctx = urlApp().testRequestContext("/")) {
            String protectedUrl = "http://localhost/protected";
            assertThat(loginUrl("/login", protectedUrl, "n")).isEqualTo("/login?n=%2Fprotected");
            assertThat(loginUrl("/login", protectedUrl)).isEqualTo("/login?next=%2Fprotected");
            assertThat(loginUrl("https://auth.localhost/login", protectedUrl))
                    .isEqualTo("https://auth.localhost/login?next=http%3A%2F%2Flocalhost%2Fprotected");
            assertThat(loginUrl("/login?affil=cgnu", protectedUrl)).isEqualTo("/login?affil=cgnu&next=%2Fprotected");
        }
    }

    // Flask-Login: tests/test_login.py::TestLoginUrlGeneration::test_login_url_generation_with_view
    @Test
    void loginUrlGenerationWithView() {
        try (RequestContext ctx = urlApp().testRequestContext("/")) {
            assertThat(loginUrl("login", "/protected")).isEqualTo("/login?next=%2Fprotected");
        }
    }

    // Flask-Login: tests/test_login.py::TestLoginUrlGeneration::test_login_url_no_next_url
    @Test
    void loginUrlNoNextUrl() {
        assertThat(loginUrl("/foo")).isEqualTo("/foo");
    }

    // Flask-Login: tests/test_login.py::StrictHostForRedirectsTestCase::test_unauthorized_uses_host_from_next_url
    @Test
    void unauthorizedUsesHostFromNextUrl() {
        Flask app = strictHostApp();
        app.config().put("FORCE_HOST_FOR_REDIRECTS", null);
        TestResponse result = app.testClient().open(TestRequest.get("/secret").baseUrl("http://foo.com"));
        assertThat(result.statusCode()).isEqualTo(302);
        assertThat(result.location()).isEqualTo("/login?next=%2Fsecret");
    }

    // Flask-Login: tests/test_login.py::StrictHostForRedirectsTestCase::test_unauthorized_uses_host_from_config_when_available
    @Test
    void unauthorizedUsesHostFromConfigWhenAvailable() {
        Flask app = strictHostApp();
        app.config().put("FORCE_HOST_FOR_REDIRECTS", "good.com");
        TestResponse result = app.testClient().open(TestRequest.get("/secret").baseUrl("http://bad.com"));
        assertThat(result.statusCode()).isEqualTo(302);
        assertThat(result.location()).isEqualTo("//good.com/login?next=%2Fsecret");
    }

    // Flask-Login: tests/test_login.py::StrictHostForRedirectsTestCase::test_unauthorized_ignores_host_from_x_forwarded_for_header
    @Test
    void unauthorizedIgnoresHostFromXForwardedForHeader() {
        Flask app = strictHostApp();
        app.config().put("FORCE_HOST_FOR_REDIRECTS", "good.com");
        TestResponse result = app.testClient().open(TestRequest.get("/secret").baseUrl("http://foo.com")
                .header("X-Forwarded-Host", "proxy.com"));
        assertThat(result.statusCode()).isEqualTo(302);
        assertThat(result.location()).isEqualTo("//good.com/login?next=%2Fsecret");
    }
}
