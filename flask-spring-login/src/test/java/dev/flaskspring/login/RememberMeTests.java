package dev.flaskspring.login;

import static dev.flaskspring.Globals.getFlashedMessages;
import static dev.flaskspring.Globals.session;
import static dev.flaskspring.login.LoginTestApp.deleteSession;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flaskspring.Flask;
import dev.flaskspring.ctx.RequestContext;
import dev.flaskspring.testing.FlaskClient;
import dev.flaskspring.testing.TestCookie;
import dev.flaskspring.testing.TestRequest;
import dev.flaskspring.testing.TestResponse;
import dev.flaskspring.wrappers.Response;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Session persistence, freshness, the remember cookie and refreshing; ported from Flask-Login's
 * {@code tests/test_login.py::LoginTestCase}. Where Python compares an expiry with "now" within ten seconds,
 * the manager's clock is fixed and the expiry compared exactly.
 * <p>Not ported, as they cannot apply to Java: {@code test_remember_me_with_invalid_custom_duration_returns_500_resp}
 * and {@code test_set_cookie_with_invalid_custom_duration_raises_exception} pass the text {@code "123"} as
 * {@code login_user}'s {@code duration}; {@code LoginOptions.duration} takes a {@code Duration}, so that does not
 * compile. (The config's {@code REMEMBER_COOKIE_DURATION}, untyped, keeps both of its tests.)
 */
@ExtendWith(NoLeakedContexts.class)
class RememberMeTests {

    final LoginTestApp fixture = new LoginTestApp();
    final Flask app = fixture.app;
    final LoginManager loginManager = fixture.loginManager;
    final FlaskClient c = app.testClient();

    // Flask-Login: tests/test_login.py::LoginTestCase::test_login_persists
    @Test
    void loginPersists() {
        c.get("/login-notch");
        assertThat(c.get("/username").text()).isEqualTo("Notch");
    }

    // Flask-Login: tests/test_login.py::LoginTestCase::test_logout_persists
    @Test
    void logoutPersists() {
        c.get("/login-notch");
        c.get("/logout");
        assertThat(c.get("/username").text()).isEqualTo("Anonymous");
    }

    // Flask-Login: tests/test_login.py::LoginTestCase::test_incorrect_id_logs_out
    @Test
    void incorrectIdLogsOut() {
        loginManager.userLoader(userId -> null);
        c.get("/login-notch");
        assertThat(c.get("/username").text()).isEqualTo("Anonymous");
    }

    // Flask-Login: tests/test_login.py::LoginTestCase::test_authentication_is_fresh
    @Test
    void authenticationIsFresh() {
        c.get("/login-notch");
        assertThat(c.get("/is-fresh").text()).isEqualTo("True");
        assertThat(c.get("/is-remembered").text()).isEqualTo("False");
    }

    // Flask-Login: tests/test_login.py::LoginTestCase::test_remember_me
    @Test
    void rememberMe() {
        c.get("/login-notch-remember");
        deleteSession(c);
        assertThat(c.get("/username").text()).isEqualTo("Notch");
        assertThat(c.get("/is-fresh").text()).isEqualTo("False");
        assertThat(c.get("/is-remembered").text()).isEqualTo("True");
    }

    // Flask-Login: tests/test_login.py::LoginTestCase::test_remember_me_custom_duration
    @Test
    void rememberMeCustomDuration() {
        c.get("/login-notch-remember-custom");
        deleteSession(c);
        assertThat(c.get("/username").text()).isEqualTo("Notch");
        assertThat(c.get("/is-fresh").text()).isEqualTo("False");
        assertThat(c.get("/is-remembered").text()).isEqualTo("True");
    }

    // Flask-Login: tests/test_login.py::LoginTestCase::test_remember_me_uses_custom_cookie_parameters
    @Test
    void rememberMeUsesCustomCookieParameters() {
        app.config().put("REMEMBER_COOKIE_NAME", "myname");
        app.config().put("REMEMBER_COOKIE_DURATION", Duration.ofDays(2));
        app.config().put("REMEMBER_COOKIE_PATH", "/mypath");
        app.config().put("REMEMBER_COOKIE_DOMAIN", ".localhost.local");
        c.get("/login-notch-remember");
        TestCookie cookie = c.getCookie("myname", "localhost.local", "/mypath");
        assertThat(cookie).isNotNull();
        assertThat(cookie.expires()).isEqualTo(fixture.clock.instant().plus(Duration.ofDays(2)));
    }

    // Flask-Login: tests/test_login.py::LoginTestCase::test_remember_me_custom_duration_uses_custom_cookie
    @Test
    void rememberMeCustomDurationUsesCustomCookie() {
        app.config().put("REMEMBER_COOKIE_NAME", "myname");
        app.config().put("REMEMBER_COOKIE_DURATION", 172800);
        app.config().put("REMEMBER_COOKIE_PATH", "/mypath");
        app.config().put("REMEMBER_COOKIE_DOMAIN", ".localhost.local");
        c.get("/login-notch-remember-custom");
        TestCookie cookie = c.getCookie("myname", "localhost.local", "/mypath");
        assertThat(cookie).isNotNull();
        assertThat(cookie.expires()).isEqualTo(fixture.clock.instant().plus(Duration.ofHours(7)));
    }

    // Flask-Login: tests/test_login.py::LoginTestCase::test_remember_me_accepts_duration_as_int
    @Test
    void rememberMeAcceptsDurationAsInt() {
        app.config().put("REMEMBER_COOKIE_DURATION", 172800);
        app.config().put("REMEMBER_COOKIE_NAME", "myname");
        app.config().put("REMEMBER_COOKIE_DOMAIN", ".localhost.local");
        TestResponse result = c.get("/login-notch-remember");
        assertThat(result.statusCode()).isEqualTo(200);
        TestCookie cookie = c.getCookie("myname", "localhost.local", "/");
        assertThat(cookie).isNotNull();
        assertThat(cookie.expires()).isEqualTo(fixture.clock.instant().plusSeconds(172800));
    }

    // Flask-Login: tests/test_login.py::LoginTestCase::test_remember_me_with_invalid_duration_returns_500_response
    @Test
    void rememberMeWithInvalidDurationReturns500Response() {
        app.config().put("REMEMBER_COOKIE_DURATION", "123");
        assertThat(c.get("/login-notch-remember").statusCode()).isEqualTo(500);
    }

    // Flask-Login: tests/test_login.py::LoginTestCase::test_set_cookie_with_invalid_duration_raises_exception
    @Test
    void setCookieWithInvalidDurationRaisesException() {
        app.config().put("REMEMBER_COOKIE_DURATION", "123");
        try (RequestContext ctx = app.testRequestContext("/")) {
            session().put("_user_id", 2);
            session().put("_remember", "set");
            assertThatThrownBy(() -> new RememberCookieUpdate(fixture.clock).apply(new Response("")))
                    .hasMessageContaining("REMEMBER_COOKIE_DURATION must be a java.time.Duration or a whole number"
                            + " of seconds, instead got: 123");
        }
    }

    // Flask-Login: tests/test_login.py::LoginTestCase::test_remember_me_no_refresh_every_request
    @Test
    void rememberMeNoRefreshEveryRequest() {
        app.config().put("REMEMBER_COOKIE_DOMAIN", ".localhost.local");
        app.config().put("REMEMBER_COOKIE_PATH", "/");
        app.config().put("REMEMBER_COOKIE_REFRESH_EACH_REQUEST", false);
        c.get("/login-notch-remember");
        TestCookie cookie1 = c.getCookie("remember", "localhost.local", "/");
        assertThat(cookie1.expires()).isNotNull();
        deleteSession(c);
        fixture.clock.advance(Duration.ofSeconds(1));
        c.get("/username");
        TestCookie cookie2 = c.getCookie("remember", "localhost.local", "/");
        assertThat(cookie2.expires()).isEqualTo(cookie1.expires());
    }

    // Flask-Login: tests/test_login.py::LoginTestCase::test_remember_me_refresh_each_request
    @Test
    void rememberMeRefreshEachRequest() {
        app.config().put("REMEMBER_COOKIE_DOMAIN", ".localhost.local");
        app.config().put("REMEMBER_COOKIE_PATH", "/");
        app.config().put("REMEMBER_COOKIE_REFRESH_EACH_REQUEST", true);
        c.get("/login-notch-remember");
        TestCookie cookie1 = c.getCookie("remember", "localhost.local", "/");
        assertThat(cookie1.expires()).isNotNull();
        fixture.clock.advance(Duration.ofSeconds(1));
        c.get("/username");
        TestCookie cookie2 = c.getCookie("remember", "localhost.local", "/");
        assertThat(cookie2.expires()).isNotEqualTo(cookie1.expires());
    }

    // Flask-Login: tests/test_login.py::LoginTestCase::test_remember_me_is_unfresh
    @Test
    void rememberMeIsUnfresh() {
        c.get("/login-notch-remember");
        deleteSession(c);
        assertThat(c.get("/is-fresh").text()).isEqualTo("False");
        assertThat(c.get("/is-remembered").text()).isEqualTo("True");
    }

    // Flask-Login: tests/test_login.py::LoginTestCase::test_login_persists_with_signle_x_forwarded_for
    @Test
    void loginPersistsWithSignleXForwardedFor() {
        app.config().put("SESSION_PROTECTION", "strong");
        c.open(TestRequest.get("/login-notch").header("X-Forwarded-For", "10.1.1.1"));
        assertThat(c.open(TestRequest.get("/username").header("X-Forwarded-For", "10.1.1.1")).text()).isEqualTo("Notch");
        assertThat(c.open(TestRequest.get("/username").header("X-Forwarded-For", "10.1.1.1")).text()).isEqualTo("Notch");
    }

    // Flask-Login: tests/test_login.py::LoginTestCase::test_login_persists_with_many_x_forwarded_for
    @Test
    void loginPersistsWithManyXForwardedFor() {
        app.config().put("SESSION_PROTECTION", "strong");
        c.open(TestRequest.get("/login-notch").header("X-Forwarded-For", "10.1.1.1"));
        assertThat(c.open(TestRequest.get("/username").header("X-Forwarded-For", "10.1.1.1")).text()).isEqualTo("Notch");
        assertThat(c.open(TestRequest.get("/username").header("X-Forwarded-For", "10.1.1.1, 10.1.1.2")).text())
                .isEqualTo("Notch");
    }

    // Flask-Login: tests/test_login.py::LoginTestCase::test_user_loaded_from_cookie_fired
    @Test
    void userLoadedFromCookieFired() {
        c.get("/login-notch-remember");
        deleteSession(c);
        try (Heard<UserLoadedFromCookie> listener = Heard.listenTo(LoginSignals.USER_LOADED_FROM_COOKIE)) {
            c.get("/username");
            assertThat(listener.assertHeardOne(app).user()).isSameAs(TestUser.NOTCH);
        }
    }

    // Flask-Login: tests/test_login.py::LoginTestCase::test_user_loaded_from_request_fired
    @Test
    void userLoadedFromRequestFired() {
        try (Heard<UserLoadedFromRequest> listener = Heard.listenTo(LoginSignals.USER_LOADED_FROM_REQUEST)) {
            assertThat(c.get("/username?user_id=1").text()).isEqualTo(TestUser.NOTCH.name());
            assertThat(listener.assertHeardOne(app).user()).isSameAs(TestUser.NOTCH);
        }
    }

    // Flask-Login: tests/test_login.py::LoginTestCase::test_logout_stays_logged_out_with_remember_me
    @Test
    void logoutStaysLoggedOutWithRememberMe() {
        c.get("/login-notch-remember");
        c.get("/logout");
        assertThat(c.get("/username").text()).isEqualTo("Anonymous");
    }

    // Flask-Login: tests/test_login.py::LoginTestCase::test_logout_stays_logged_out_with_remember_me_custom_duration
    @Test
    void logoutStaysLoggedOutWithRememberMeCustomDuration() {
        c.get("/login-notch-remember-custom");
        c.get("/logout");
        assertThat(c.get("/username").text()).isEqualTo("Anonymous");
    }

    // Flask-Login: tests/test_login.py::LoginTestCase::test_needs_refresh_uses_handler
    @Test
    void needsRefreshUsesHandler() {
        loginManager.needsRefreshHandler(() -> "Needs Refresh!");
        c.get("/login-notch-remember");
        assertThat(c.get("/needs-refresh").text()).isEqualTo("Needs Refresh!");
    }

    // Flask-Login: tests/test_login.py::LoginTestCase::test_needs_refresh_fires_needs_refresh_signal
    @Test
    void needsRefreshFiresNeedsRefreshSignal() {
        c.get("/login-notch-remember");
        try (Heard<UserNeedsRefresh> listener = Heard.listenTo(LoginSignals.USER_NEEDS_REFRESH)) {
            c.get("/needs-refresh");
            listener.assertHeardOne(app);
        }
    }

    // Flask-Login: tests/test_login.py::LoginTestCase::test_needs_refresh_fires_flash_when_redirect_to_refresh_view
    @Test
    void needsRefreshFiresFlashWhenRedirectToRefreshView() {
        loginManager.setRefreshView("/refresh_view");
        loginManager.setNeedsRefreshMessage("Refresh");
        loginManager.setNeedsRefreshMessageCategory("refresh");
        try (FlaskClient preserving = app.testClient().preserveContext()) {
            preserving.get("/login-notch-remember");
            preserving.get("/needs-refresh");
            assertThat(getFlashedMessages(false, "refresh")).contains("Refresh");
        }
    }

    // Flask-Login: tests/test_login.py::LoginTestCase::test_needs_refresh_flash_message_localized
    @Test
    void needsRefreshFlashMessageLocalized() {
        loginManager.setRefreshView("/refresh_view");
        loginManager.setLocalizeCallback(msg -> msg.equals("Refresh") ? "Aktualisieren" : null);
        loginManager.setNeedsRefreshMessage("Refresh");
        loginManager.setNeedsRefreshMessageCategory("refresh");
        try (FlaskClient preserving = app.testClient().preserveContext()) {
            preserving.get("/login-notch-remember");
            preserving.get("/needs-refresh");
            assertThat(getFlashedMessages(false, "refresh")).contains("Aktualisieren");
        }
    }

    // Flask-Login: tests/test_login.py::LoginTestCase::test_needs_refresh_aborts_401
    @Test
    void needsRefreshAborts401() {
        c.get("/login-notch-remember");
        assertThat(c.get("/needs-refresh").statusCode()).isEqualTo(401);
    }

    // Flask-Login: tests/test_login.py::LoginTestCase::test_redirects_to_refresh_view
    @Test
    void redirectsToRefreshView() {
        app.route("/refresh-view", "refresh_view", args -> "");
        loginManager.setRefreshView("refresh_view");
        c.get("/login-notch-remember");
        TestResponse result = c.get("/needs-refresh");
        assertThat(result.statusCode()).isEqualTo(302);
        assertThat(result.location()).isEqualTo("/refresh-view?next=%2Fneeds-refresh");
    }

    // Flask-Login: tests/test_login.py::LoginTestCase::test_refresh_with_next_in_session
    @Test
    void refreshWithNextInSession() {
        app.route("/refresh-view", "refresh_view", args -> session().pop("next", ""));
        loginManager.setRefreshView("refresh_view");
        app.config().put("USE_SESSION_FOR_NEXT", true);
        c.get("/login-notch-remember");
        TestResponse result = c.get("/needs-refresh");
        assertThat(result.statusCode()).isEqualTo(302);
        assertThat(result.location()).isEqualTo("/refresh-view");
        assertThat(c.get("/refresh-view").text()).isEqualTo("/needs-refresh");
    }

    // Flask-Login: tests/test_login.py::LoginTestCase::test_confirm_login
    @Test
    void confirmLogin() {
        c.get("/login-notch-remember");
        deleteSession(c);
        assertThat(c.get("/is-fresh").text()).isEqualTo("False");
        assertThat(c.get("/is-remembered").text()).isEqualTo("True");
        c.get("/confirm-login");
        assertThat(c.get("/is-fresh").text()).isEqualTo("True");
        assertThat(c.get("/is-remembered").text()).isEqualTo("True");
    }

    // Flask-Login: tests/test_login.py::LoginTestCase::test_user_login_confirmed_signal_fired
    @Test
    void userLoginConfirmedSignalFired() {
        try (Heard<UserLoginConfirmed> listener = Heard.listenTo(LoginSignals.USER_LOGIN_CONFIRMED)) {
            c.get("/confirm-login");
            listener.assertHeardOne(app);
        }
    }

    // Flask-Login: tests/test_login.py::LoginTestCase::test_session_not_modified
    @Test
    void sessionNotModified() {
        try (FlaskClient preserving = app.testClient().preserveContext()) {
            // Within the request the session is not modified...
            assertThat(preserving.get("/empty_session").text()).isEqualTo("modified=False");
            // ...and the after-request hook that handles the remember cookie leaves it so.
            assertThat(session().isModified()).isFalse();
        }
    }

    // Flask-Login: tests/test_login.py::LoginTestCase::test_invalid_remember_cookie
    @Test
    void invalidRememberCookie() {
        app.config().put("REMEMBER_COOKIE_DOMAIN", ".localhost.local");
        c.get("/login-notch-remember");
        c.sessionTransaction(sess -> sess.put("_user_id", null));
        c.setCookie("remember", "foo", "localhost.local", "/");
        assertThat(c.get("/username").text()).isEqualTo("Anonymous");
    }

    @Test
    void rememberCookieExpiresAtTheClocksTimePlusTheDuration() {
        c.get("/login-notch-remember");
        Instant expected = fixture.clock.instant().plus(Duration.ofDays(365));
        assertThat(c.getCookie("remember").expires()).isEqualTo(expected);
    }
}
