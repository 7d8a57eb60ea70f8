package dev.flaskspring.login;

import static dev.flaskspring.Globals.session;
import static dev.flaskspring.login.LoginTestApp.deleteSession;
import static org.assertj.core.api.Assertions.assertThat;

import dev.flaskspring.Flask;
import dev.flaskspring.testing.FlaskClient;
import dev.flaskspring.testing.TestRequest;
import dev.flaskspring.testing.TestResponse;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Session protection and lazy loading of the user; ported from Flask-Login's {@code tests/test_login.py::LoginTestCase}. */
@ExtendWith(NoLeakedContexts.class)
class SessionProtectionTests {

    final LoginTestApp fixture = new LoginTestApp();
    final Flask app = fixture.app;
    final FlaskClient c = app.testClient();

    private TestResponse get(String url, String header, String value) {
        return c.open(TestRequest.get(url).header(header, value));
    }

    // Flask-Login: tests/test_login.py::LoginTestCase::test_session_protection_basic_passes_successive_requests
    @Test
    void sessionProtectionBasicPassesSuccessiveRequests() {
        app.config().put("SESSION_PROTECTION", "basic");
        c.get("/login-notch-remember");
        assertThat(c.get("/username").text()).isEqualTo("Notch");
        assertThat(c.get("/is-fresh").text()).isEqualTo("True");
    }

    // Flask-Login: tests/test_login.py::LoginTestCase::test_session_protection_strong_passes_successive_requests
    @Test
    void sessionProtectionStrongPassesSuccessiveRequests() {
        app.config().put("SESSION_PROTECTION", "strong");
        c.get("/login-notch-remember");
        assertThat(c.get("/username").text()).isEqualTo("Notch");
        assertThat(c.get("/is-fresh").text()).isEqualTo("True");
    }

    // Flask-Login: tests/test_login.py::LoginTestCase::test_session_protection_basic_marks_session_unfresh
    @Test
    void sessionProtectionBasicMarksSessionUnfresh() {
        app.config().put("SESSION_PROTECTION", "basic");
        c.get("/login-notch-remember");
        assertThat(get("/username", "User-Agent", "different").text()).isEqualTo("Notch");
        assertThat(c.get("/is-fresh").text()).isEqualTo("False");
    }

    // Flask-Login: tests/test_login.py::LoginTestCase::test_session_protection_basic_fires_signal
    @Test
    void sessionProtectionBasicFiresSignal() {
        app.config().put("SESSION_PROTECTION", "basic");
        c.get("/login-notch-remember");
        try (Heard<SessionProtected> listener = Heard.listenTo(LoginSignals.SESSION_PROTECTED)) {
            get("/username", "User-Agent", "different");
            listener.assertHeardOne(app);
        }
    }

    // Flask-Login: tests/test_login.py::LoginTestCase::test_session_protection_basic_skips_when_remember_me
    @Test
    void sessionProtectionBasicSkipsWhenRememberMe() {
        app.config().put("SESSION_PROTECTION", "basic");
        c.get("/login-notch-remember");
        // Clearing the session forces the remember cookie, and drops the old identifier.
        deleteSession(c);
        try (Heard<SessionProtected> listener = Heard.listenTo(LoginSignals.SESSION_PROTECTED)) {
            c.get("/username");
            listener.assertHeardNone();
        }
    }

    // Flask-Login: tests/test_login.py::LoginTestCase::test_session_protection_strong_skips_when_remember_me
    @Test
    void sessionProtectionStrongSkipsWhenRememberMe() {
        app.config().put("SESSION_PROTECTION", "strong");
        c.get("/login-notch-remember");
        deleteSession(c);
        try (Heard<SessionProtected> listener = Heard.listenTo(LoginSignals.SESSION_PROTECTED)) {
            c.get("/username");
            listener.assertHeardNone();
        }
    }

    // Flask-Login: tests/test_login.py::LoginTestCase::test_permanent_strong_session_protection_marks_session_unfresh
    @Test
    void permanentStrongSessionProtectionMarksSessionUnfresh() {
        app.config().put("SESSION_PROTECTION", "strong");
        c.get("/login-notch-permanent");
        assertThat(get("/username", "User-Agent", "different").text()).isEqualTo("Notch");
        assertThat(c.get("/is-fresh").text()).isEqualTo("False");
    }

    // Flask-Login: tests/test_login.py::LoginTestCase::test_permanent_strong_session_protection_fires_signal
    @Test
    void permanentStrongSessionProtectionFiresSignal() {
        app.config().put("SESSION_PROTECTION", "strong");
        c.get("/login-notch-permanent");
        try (Heard<SessionProtected> listener = Heard.listenTo(LoginSignals.SESSION_PROTECTED)) {
            get("/username", "User-Agent", "different");
            listener.assertHeardOne(app);
        }
    }

    // Flask-Login: tests/test_login.py::LoginTestCase::test_session_protection_strong_deletes_session
    @Test
    void sessionProtectionStrongDeletesSession() {
        app.config().put("SESSION_PROTECTION", "strong");
        // Unrelated data in the session must survive.
        c.sessionTransaction(sess -> sess.put("foo", "bar"));
        c.get("/login-notch-remember");
        assertThat(get("/username", "User-Agent", "different").text()).isEqualTo("Anonymous");
        Map<String, Object> seen = new HashMap<>();
        c.sessionTransaction(seen::putAll);
        assertThat(seen).containsEntry("foo", "bar");
    }

    // Flask-Login: tests/test_login.py::LoginTestCase::test_session_protection_strong_fires_signal_user_agent
    @Test
    void sessionProtectionStrongFiresSignalUserAgent() {
        app.config().put("SESSION_PROTECTION", "strong");
        c.get("/login-notch-remember");
        try (Heard<SessionProtected> listener = Heard.listenTo(LoginSignals.SESSION_PROTECTED)) {
            get("/username", "User-Agent", "different");
            listener.assertHeardOne(app);
        }
    }

    // Flask-Login: tests/test_login.py::LoginTestCase::test_session_protection_strong_fires_signal_x_forwarded_for
    @Test
    void sessionProtectionStrongFiresSignalXForwardedFor() {
        app.config().put("SESSION_PROTECTION", "strong");
        get("/login-notch-remember", "X-Forwarded-For", "10.1.1.1");
        try (Heard<SessionProtected> listener = Heard.listenTo(LoginSignals.SESSION_PROTECTED)) {
            get("/username", "X-Forwarded-For", "10.1.1.2");
            listener.assertHeardOne(app);
        }
    }

    // Flask-Login: tests/test_login.py::LoginTestCase::test_session_protection_skip_when_off_and_anonymous
    @Test
    void sessionProtectionSkipWhenOffAndAnonymous() {
        skipsProtectionForAnonymousUsers();
    }

    // Flask-Login: tests/test_login.py::LoginTestCase::test_session_protection_skip_when_basic_and_anonymous
    @Test
    void sessionProtectionSkipWhenBasicAndAnonymous() {
        app.config().put("SESSION_PROTECTION", "basic");
        skipsProtectionForAnonymousUsers();
    }

    private void skipsProtectionForAnonymousUsers() {
        try (FlaskClient preserving = app.testClient().preserveContext()) {
            // No access to the user.
            try (Heard<UserAccessed> listener = Heard.listenTo(LoginSignals.USER_ACCESSED)) {
                preserving.get("/");
                listener.assertHeardNone();
            }
            // Access to the user, with no session data.
            try (Heard<SessionProtected> listener = Heard.listenTo(LoginSignals.SESSION_PROTECTED)) {
                assertThat(preserving.get("/username").text()).isEqualTo("Anonymous");
                listener.assertHeardNone();
            }
            // No session data has been set.
            assertThat(session()).isEmpty();
        }
    }

    // Flask-Login: tests/test_login.py::LoginTestCase::test_requests_without_accessing_session
    @Test
    void requestsWithoutAccessingSession() {
        c.get("/login-notch");
        try (Heard<UserAccessed> listener = Heard.listenTo(LoginSignals.USER_ACCESSED)) {
            c.get("/");
            listener.assertHeardNone();
        }
        try (Heard<UserAccessed> listener = Heard.listenTo(LoginSignals.USER_ACCESSED)) {
            TestResponse result = c.get("/username");
            listener.assertHeardOne(app);
            assertThat(result.text()).isEqualTo("Notch");
        }
    }
}
