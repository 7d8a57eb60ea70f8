package dev.flaskspring.login;

import static dev.flaskspring.login.Login.currentUser;
import static dev.flaskspring.login.Login.decodeCookie;
import static dev.flaskspring.login.Login.encodeCookie;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flaskspring.Flask;
import dev.flaskspring.ctx.RequestContext;
import dev.flaskspring.testing.FlaskClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The remember cookie's encoding and key; ported from Flask-Login's {@code tests/test_login.py}
 * ({@code CookieEncodingTestCase}, {@code SecretKeyTestCase}, {@code UnicodeCookieUserIDTestCase}).
 */
@ExtendWith(NoLeakedContexts.class)
class RememberCookieTests {

    private static final String COOKIE = "1|0e9e6e9855fbe6df7906ec4737578a1d491b38d3fd5246c1561016e189d6516"
            + "043286501ca43257c938e60aad77acec5ce916b94ca9d00c0bb6f9883ae4b82ae";

    // Flask-Login: tests/test_login.py::CookieEncodingTestCase::test_cookie_encoding
    @Test
    void cookieEncoding() {
        Flask app = new Flask("cookies");
        app.config().put("SECRET_KEY", "deterministic");
        try (RequestContext ctx = app.testRequestContext("/")) {
            assertThat(encodeCookie("1")).isEqualTo(COOKIE);
            assertThat(decodeCookie(COOKIE)).isEqualTo("1");
            assertThat(decodeCookie("Foo|BAD_BASH")).isNull();
            assertThat(decodeCookie("no bar")).isNull();
        }
    }

    // Flask-Login: tests/test_login.py::CookieEncodingTestCase::test_cookie_encoding_with_key
    @Test
    void cookieEncodingWithKey() {
        Flask app = new Flask("cookies");
        app.config().put("SECRET_KEY", "not-used");
        String key = "deterministic";
        try (RequestContext ctx = app.testRequestContext("/")) {
            assertThat(RememberCookie.encode("1", key)).isEqualTo(COOKIE);
            assertThat(RememberCookie.decode(COOKIE, key)).isEqualTo("1");
            assertThat(RememberCookie.decode("Foo|BAD_BASH", key)).isNull();
            assertThat(RememberCookie.decode("no bar", key)).isNull();
        }
    }

    // Flask-Login: tests/test_login.py::SecretKeyTestCase::test_bytes
    @Test
    void bytes() {
        assertThat(RememberCookie.secretKey(new byte[] {(byte) 0x9e, (byte) 0x8f, 0x14}))
                .containsExactly(0x9e, 0x8f, 0x14);
    }

    // Flask-Login: tests/test_login.py::SecretKeyTestCase::test_native
    @Test
    void nativeKey() {
        Flask app = new Flask("keys");
        app.config().put("SECRET_KEY", "\u009e\u008f\u0014");
        try (RequestContext ctx = app.testRequestContext("/")) {
            assertThat(RememberCookie.secretKey(app.config().get("SECRET_KEY"))).containsExactly(0x9e, 0x8f, 0x14);
            assertThat(encodeCookie("1")).isEqualTo(RememberCookie.encode("1", new byte[] {(byte) 0x9e, (byte) 0x8f, 0x14}));
        }
    }

    // Flask-Login: tests/test_login.py::SecretKeyTestCase::test_default
    @Test
    void defaultKey() {
        assertThat(RememberCookie.secretKey("\u009e\u008f\u0014")).containsExactly(0x9e, 0x8f, 0x14);
    }

    @Test
    void aKeyOutsideLatin1CannotSignRememberCookies() {
        assertThatThrownBy(() -> RememberCookie.encode("1", "ключ")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("latin-1");
    }

    private static Flask unicodeApp() {
        Flask app = new Flask("unicode");
        app.config().put("SECRET_KEY", "deterministic");
        app.config().put("SESSION_PROTECTION", null);
        app.config().put("REMEMBER_COOKIE_NAME", "remember");
        LoginManager loginManager = new LoginManager();
        loginManager.initApp(app);
        app.config().put("LOGIN_DISABLED", false);
        app.route("/", "index", args -> "Welcome!");
        app.route("/login-germanjapanese-remember", "login_germanjapanese_remember",
                args -> LoginTestApp.str(Login.loginUser(TestUser.GERMANJAPANESE, true)));
        app.route("/username", "username",
                args -> currentUser().isAuthenticated() ? ((TestUser) currentUser()).name() : "Anonymous");
        app.route("/userid", "user_id",
                args -> currentUser().isAuthenticated() ? currentUser().getId() : "wrong_id");
        loginManager.userLoader(TestUser.USERS::get);
        app.errorHandler(404, e -> {
            throw e;
        });
        return app;
    }

    // Flask-Login: tests/test_login.py::UnicodeCookieUserIDTestCase::test_remember_me_username
    @Test
    void rememberMeUsername() {
        FlaskClient c = unicodeApp().testClient();
        c.get("/login-germanjapanese-remember");
        LoginTestApp.deleteSession(c);
        assertThat(c.get("/username").text()).isEqualTo("Müller");
    }

    // Flask-Login: tests/test_login.py::UnicodeCookieUserIDTestCase::test_remember_me_user_id
    @Test
    void rememberMeUserId() {
        FlaskClient c = unicodeApp().testClient();
        c.get("/login-germanjapanese-remember");
        LoginTestApp.deleteSession(c);
        assertThat(c.get("/userid").text()).isEqualTo("佐藤");
    }
}
