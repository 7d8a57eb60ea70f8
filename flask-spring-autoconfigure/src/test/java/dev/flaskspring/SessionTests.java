package dev.flaskspring;

import static dev.flaskspring.Globals.request;
import static dev.flaskspring.Globals.requestContext;
import static dev.flaskspring.Globals.session;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flaskspring.sessions.Session;
import dev.flaskspring.sessions.TupleList;
import dev.flaskspring.templating.Markup;
import dev.flaskspring.testing.FlaskClient;
import dev.flaskspring.testing.TestRequest;
import dev.flaskspring.wrappers.HttpDates;
import dev.flaskspring.wrappers.Response;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Sessions; ported from Flask's {@code tests/test_basic.py}. */
class SessionTests {

    final Flask app = TestApps.flask();
    final FlaskClient client = app.testClient();

    private static Session currentSession() {
        return requestContext().sessionHolder().peek();
    }

    // Flask: tests/test_basic.py::test_session_accessed
    @Test
    void sessionAccessed() {
        app.post("/", "do_set", args -> {
            session().put("value", request().form().require("value"));
            return "value set";
        });
        app.get("/", "do_get", args -> String.valueOf(session().getOrDefault("value", "None")));
        app.get("/nothing", "do_nothing", args -> "");

        try (FlaskClient c = client.preserveContext()) {
            var rv = c.get("/nothing");
            assertThat(rv.vary()).doesNotContain("cookie");
            Session s = currentSession();
            assertThat(s == null || (!s.isAccessed() && !s.isModified())).isTrue();
        }
        try (FlaskClient c = client.preserveContext()) {
            var rv = c.post("/", Map.of("value", "42"));
            assertThat(rv.text()).isEqualTo("value set");
            assertThat(rv.vary()).contains("cookie");
            assertThat(currentSession().isAccessed()).isTrue();
            assertThat(currentSession().isModified()).isTrue();
        }
        try (FlaskClient c = client.preserveContext()) {
            var rv = c.get("/");
            assertThat(rv.text()).isEqualTo("42");
            assertThat(rv.vary()).contains("cookie");
            assertThat(currentSession().isAccessed()).isTrue();
            assertThat(currentSession().isModified()).isFalse();
        }
        try (FlaskClient c = client.preserveContext()) {
            var rv = c.get("/nothing");
            assertThat(rv.text()).isEmpty();
            assertThat(rv.vary()).doesNotContain("cookie");
            Session s = currentSession();
            assertThat(s == null || (!s.isAccessed() && !s.isModified())).isTrue();
        }
    }

    // Flask: tests/test_basic.py::test_session_path
    @Test
    void sessionPath() {
        app.config().put("APPLICATION_ROOT", "/foo");
        app.route("/", "index", args -> {
            session().put("testing", 42);
            return "Hello World";
        });
        var rv = client.open(TestRequest.get("/").baseUrl("http://example.com:8080/foo"));
        assertThat(rv.header("set-cookie").toLowerCase()).contains("path=/foo");
    }

    // Flask: tests/test_basic.py::test_session_using_application_root
    @Test
    void sessionUsingApplicationRoot() {
        app.config().put("APPLICATION_ROOT", "/bar");
        app.route("/", "index", args -> {
            session().put("testing", 42);
            return "Hello World";
        });
        var rv = client.open(TestRequest.get("/").baseUrl("http://example.com:8080/bar"));
        assertThat(rv.header("set-cookie").toLowerCase()).contains("path=/bar");
    }

    // Flask: tests/test_basic.py::test_session_using_session_settings
    @Test
    void sessionUsingSessionSettings() {
        app.config().putAll(Map.of("SERVER_NAME", "www.example.com:8080", "APPLICATION_ROOT", "/test",
                "SESSION_COOKIE_DOMAIN", ".example.com", "SESSION_COOKIE_HTTPONLY", false,
                "SESSION_COOKIE_SECURE", true, "SESSION_COOKIE_PARTITIONED", true, "SESSION_COOKIE_SAMESITE", "Lax",
                "SESSION_COOKIE_PATH", "/"));
        app.route("/", "index", args -> {
            session().put("testing", 42);
            return "Hello World";
        });
        app.route("/clear", "clear", args -> {
            session().pop("testing", null);
            return "Goodbye World";
        });
        String cookie = client.open(TestRequest.get("/").baseUrl("http://www.example.com:8080/test/"))
                .header("set-cookie").toLowerCase();
        assertThat(cookie).contains("domain=example.com", "path=/", "secure", "samesite", "partitioned")
                .doesNotContain("httponly");
        cookie = client.open(TestRequest.get("/clear").baseUrl("http://www.example.com:8080/test/"))
                .header("set-cookie").toLowerCase();
        assertThat(cookie).contains("session=;", "domain=example.com", "path=/", "secure", "samesite", "partitioned");
    }

    // Flask: tests/test_basic.py::test_session_using_samesite_attribute
    @Test
    void sessionUsingSamesiteAttribute() {
        app.route("/", "index", args -> {
            session().put("testing", 42);
            return "Hello World";
        });
        app.config().put("SESSION_COOKIE_SAMESITE", "invalid");
        assertThatThrownBy(() -> client.get("/")).isInstanceOf(IllegalArgumentException.class);
        app.config().put("SESSION_COOKIE_SAMESITE", null);
        assertThat(client.get("/").header("set-cookie").toLowerCase()).doesNotContain("samesite");
        app.config().put("SESSION_COOKIE_SAMESITE", "Strict");
        assertThat(client.get("/").header("set-cookie").toLowerCase()).contains("samesite=strict");
        app.config().put("SESSION_COOKIE_SAMESITE", "Lax");
        assertThat(client.get("/").header("set-cookie").toLowerCase()).contains("samesite=lax");
    }

    // Flask: tests/test_basic.py::test_missing_session
    @Test
    void missingSession() {
        app.config().put("SECRET_KEY", null);
        try (var ctx = app.testRequestContext("/")) {
            assertThat(session().get("missing_key")).isNull();
            assertThatThrownBy(() -> session().put("foo", 42)).hasMessageContaining("session is unavailable");
            assertThatThrownBy(() -> session().remove("foo")).hasMessageContaining("session is unavailable");
        }
    }

    // Flask: tests/test_basic.py::test_session_secret_key_fallbacks
    @Test
    void sessionSecretKeyFallbacks() {
        app.post("/", "set_session", args -> {
            session().put("a", 1);
            return "";
        });
        app.get("/", "get_session", args -> new LinkedHashMap<>(session()));
        app.config().put("SECRET_KEY", "0 key");
        app.config().put("SECRET_KEY_FALLBACKS", List.of("-1 key", "-2 key"));
        client.post("/");
        assertThat(client.get("/").json()).isEqualTo(Map.of("a", 1));
        app.config().put("SECRET_KEY", "? key");
        assertThat(client.get("/").json()).isEqualTo(Map.of());
        app.config().put("SECRET_KEY", "+1 key");
        app.config().put("SECRET_KEY_FALLBACKS", List.of("0 key", "-1 key"));
        assertThat(client.get("/").json()).isEqualTo(Map.of("a", 1));
    }

    // Flask: tests/test_basic.py::test_session_expiration
    @Test
    void sessionExpiration() {
        boolean[] permanent = {true};
        app.route("/", "index", args -> {
            session().put("test", 42);
            session().setPermanent(permanent[0]);
            return "";
        });
        app.route("/test", "test", args -> permanent[0] == session().isPermanent() ? "True" : "False");
        var rv = client.get("/");
        Matcher m = Pattern.compile("(?i)\\bexpires=([^;]+)").matcher(rv.header("set-cookie"));
        assertThat(m.find()).isTrue();
        Instant expires = HttpDates.parse(m.group(1));
        ZonedDateTime expected = ZonedDateTime.now(ZoneOffset.UTC).plus(Duration.ofDays(31));
        assertThat(expires.atZone(ZoneOffset.UTC).toLocalDate()).isEqualTo(expected.toLocalDate());
        assertThat(client.get("/test").text()).isEqualTo("True");
        permanent[0] = false;
        rv = client.get("/");
        assertThat(rv.header("set-cookie")).doesNotContainIgnoringCase("expires=");
    }

    // Flask: tests/test_basic.py::test_session_stored_last
    @Test
    void sessionStoredLast() {
        app.afterRequest(response -> {
            session().put("foo", 42);
            return response;
        });
        app.route("/", "dump", args -> String.valueOf(session().get("foo")));
        assertThat(client.get("/").text()).isEqualTo("null");
        assertThat(client.get("/").text()).isEqualTo("42");
    }

    // Flask: tests/test_basic.py::test_session_special_types
    @Test
    void sessionSpecialTypes() {
        ZonedDateTime now = ZonedDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
        UUID theUuid = UUID.randomUUID();
        app.route("/", "dump", args -> {
            session().put("t", TupleList.of(1, 2, 3));
            session().put("b", new byte[] {(byte) 0xff});
            session().put("m", new Markup("<html>"));
            session().put("u", theUuid);
            session().put("d", now);
            session().put("t_tag", Map.of(" t", "not-a-tuple"));
            session().put("di_t_tag", Map.of(" t__", "not-a-tuple"));
            session().put("di_tag", Map.of(" di", "not-a-dict"));
            return new Response("", 204);
        });
        app.route("/read", "read", args -> "");
        client.get("/");
        try (FlaskClient c = client.preserveContext()) {
            c.get("/read");
            Session s = session();
            assertThat(s.get("t")).isInstanceOf(TupleList.class).isEqualTo(List.of(1, 2, 3));
            assertThat((byte[]) s.get("b")).containsExactly((byte) 0xff);
            assertThat(s.get("m")).isInstanceOf(Markup.class).isEqualTo(new Markup("<html>"));
            assertThat(s.get("u")).isEqualTo(theUuid);
            assertThat(s.get("d")).isEqualTo(now);
            assertThat(s.get("t_tag")).isEqualTo(Map.of(" t", "not-a-tuple"));
            assertThat(s.get("di_t_tag")).isEqualTo(Map.of(" t__", "not-a-tuple"));
            assertThat(s.get("di_tag")).isEqualTo(Map.of(" di", "not-a-dict"));
        }
    }

    // Flask: tests/test_basic.py::test_session_cookie_setting
    @Test
    void sessionCookieSetting() {
        boolean[] isPermanent = {true};
        app.route("/bump", "bump", args -> {
            int rv = ((Number) session().getOrDefault("foo", 0)).intValue() + 1;
            session().put("foo", rv);
            session().setPermanent(isPermanent[0]);
            return String.valueOf(rv);
        });
        app.route("/read", "read", args -> String.valueOf(session().getOrDefault("foo", 0)));
        Object[][] runs = {{true, true, true}, {true, false, false}, {false, true, false}, {false, false, false}};
        for (Object[] run : runs) {
            isPermanent[0] = (Boolean) run[0];
            app.config().put("SESSION_REFRESH_EACH_REQUEST", run[1]);
            FlaskClient c = app.testClient();
            assertThat(c.get("/bump").text()).isEqualTo("1");
            assertThat(c.get("/bump").text()).isEqualTo("2");
            assertThat(c.get("/bump").text()).isEqualTo("3");
            var rv = c.get("/read");
            assertThat(rv.header("set-cookie") != null).as("run %s", List.of(run)).isEqualTo(run[2]);
            assertThat(rv.text()).isEqualTo("3");
        }
    }

    // Flask: tests/test_basic.py::test_session_vary_cookie
    @Test
    void sessionVaryCookie() {
        app.route("/set", "set", args -> {
            session().put("test", "test");
            return "";
        });
        app.route("/get", "get", args -> session().get("test"));
        app.route("/getitem", "getitem", args -> session().get("test"));
        app.route("/setdefault", "setdefault", args -> session().setdefault("test", "default"));
        app.route("/clear", "clear", args -> {
            session().clear();
            return "";
        });
        app.route("/vary-cookie-header-set", "vch", args -> {
            Response response = new Response();
            response.addVary("Cookie");
            session().put("test", "test");
            return response;
        });
        app.route("/vary-header-set", "vh", args -> {
            Response response = new Response();
            response.addVary("Accept-Encoding");
            response.addVary("Accept-Language");
            session().put("test", "test");
            return response;
        });
        app.route("/no-vary-header", "nvh", args -> "");
        for (String path : List.of("/set", "/get", "/getitem", "/setdefault", "/clear", "/vary-cookie-header-set")) {
            var rv = client.get(path);
            assertThat(rv.headers().getAll("Vary")).as(path).containsExactly("Cookie");
        }
        assertThat(client.get("/vary-header-set").headers().getAll("Vary"))
                .containsExactly("Accept-Encoding, Accept-Language, Cookie");
        assertThat(client.get("/no-vary-header").headers().containsKey("Vary")).isFalse();
    }

    // Flask: tests/test_basic.py::test_session_refresh_vary
    @Test
    void sessionRefreshVary() {
        app.get("/login", "login", args -> {
            session().put("user_id", 1);
            session().setPermanent(true);
            return "";
        });
        app.get("/ignored", "ignored", args -> "");
        assertThat(client.get("/login").header("Vary")).isEqualTo("Cookie");
        assertThat(client.get("/ignored").header("Vary")).isEqualTo("Cookie");
    }

    @Test
    void tamperedCookieGivesAnEmptySessionAndANormalResponse() {
        app.config().put("TESTING", false);
        app.route("/", "index", args -> String.valueOf(session().get("user_id")));
        client.setCookie("session", "eyJ1c2VyX2lkIjoxfQ.ZVPxAA.-iTHWki8YqEjY8B2FguGpvAGqyX");
        var rv = client.get("/");
        assertThat(rv.statusCode()).isEqualTo(200);
        assertThat(rv.text()).isEqualTo("null");
    }

    @Test
    void cookieWrittenByFlaskLogsInHere() {
        // flaskr-login vector: {"user_id": 1} signed by Python Flask with SECRET_KEY "dev".
        app.config().put("SECRET_KEY", "dev");
        app.sessionInterface(new dev.flaskspring.sessions.SecureCookieSessionInterface(() -> 1700000060L));
        app.route("/", "index", args -> String.valueOf(session().get("user_id")));
        client.setCookie("session", "eyJ1c2VyX2lkIjoxfQ.ZVPxAA.-iTHWki8YqEjY8B2FguGpvAGqyg");
        assertThat(client.get("/").text()).isEqualTo("1");
    }
}
