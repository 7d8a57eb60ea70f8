package dev.flaskspring.wtf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flaskspring.Flask;
import dev.flaskspring.sessions.BadSignature;
import dev.flaskspring.sessions.SecureCookieSessionInterface;
import dev.flaskspring.testing.FlaskClient;
import dev.flaskspring.testing.TestRequest;
import dev.flaskspring.testing.TestResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Interchangeability with the Python extension, on what Flask 3.1.3 and Flask-WTF 1.3.0 recorded: tokens signed
 * here are Python's bytes, and every recorded request (a Python session cookie and a Python-issued token, sent
 * to a Python app with {@code CSRFProtect}) gets the status and body Flask-WTF answered with.
 */
@ExtendWith(NoLeakedContexts.class)
class CsrfVectorTests {

    static Stream<Map<String, Object>> signing() {
        return CsrfVectors.section("signing").stream();
    }

    static Stream<Map<String, Object>> requests() {
        return CsrfVectors.section("requests").stream();
    }

    private static long seconds(Map<String, Object> c, String field) {
        return ((Number) c.get(field)).longValue();
    }

    private static CsrfTokenSerializer serializer(Map<String, Object> c) {
        long at = seconds(c, "timestamp");
        return new CsrfTokenSerializer(((String) c.get("secret_key")).getBytes(StandardCharsets.UTF_8), () -> at);
    }

    @ParameterizedTest(name = "{index} {0}")
    @MethodSource("signing")
    void signsTheRawTokenAsItsdangerousDoes(Map<String, Object> c) {
        assertThat(serializer(c).dumps((String) c.get("raw_token"))).isEqualTo(c.get("token"));
    }

    @ParameterizedTest(name = "{index} {0}")
    @MethodSource("signing")
    void readsTheRawTokenOfAPythonToken(Map<String, Object> c) throws BadSignature {
        assertThat(serializer(c).loads((String) c.get("token"), 0L)).isEqualTo(c.get("raw_token"));
    }

    /** The recording's app, {@code make_app} in the script, with its clock at {@code now}. */
    private static Flask pythonTwin(Map<String, Object> c, long now) {
        Flask app = new Flask("vectors");
        app.config().put("SECRET_KEY", CsrfVectors.pythonSecretKey());
        app.config().putAll(config(c));
        app.sessionInterface(new SecureCookieSessionInterface(() -> now));
        new CSRFProtect(() -> now).initApp(app);
        app.route("/", "index", Set.of("GET", "POST", "PUT", "PATCH", "DELETE"), args -> "ok");
        app.route("/token", "token", args -> CSRFProtect.generateCsrf());
        return app;
    }

    @SuppressWarnings("unchecked")
    @ParameterizedTest(name = "{index} {0}")
    @MethodSource("requests")
    void answersTheRecordedRequestAsFlaskWtfDid(Map<String, Object> c) {
        FlaskClient client = pythonTwin(c, seconds(c, "request_at")).testClient();
        if (c.get("session_cookie") != null) {
            client.setCookie("session", (String) c.get("session_cookie"));
        }
        TestRequest request = TestRequest.of((String) c.get("method"), "/").baseUrl((String) c.get("base_url"));
        ((Map<String, String>) c.get("headers")).forEach(request::header);
        Map<String, String> form = (Map<String, String>) c.get("form");
        if (!form.isEmpty()) {
            request.form(form);
        }
        TestResponse response = client.open(request);
        assertThat(response.statusCode()).as(c.get("name").toString()).isEqualTo(c.get("status"));
        assertThat(response.text()).as(c.get("name").toString()).isEqualTo(c.get("body"));
    }

    @ParameterizedTest(name = "{index} {0}")
    @MethodSource("requestsWithASession")
    void issuesPythonsTokenForAPythonSession(Map<String, Object> c) {
        FlaskClient client = pythonTwin(issuingConfig(c), seconds(c, "issued_at")).testClient();
        client.setCookie("session", (String) c.get("session_cookie"));
        assertThat(client.get("/token").text()).isEqualTo(c.get("issued_token"));
    }

    @ParameterizedTest(name = "{index} {0}")
    @MethodSource("requestsWithASession")
    void thePythonSessionHoldsARawTokenAsFlaskWtfMakesIt(Map<String, Object> c) {
        FlaskClient client = pythonTwin(issuingConfig(c), seconds(c, "session_at")).testClient();
        client.setCookie("session", (String) c.get("session_cookie"));
        String field = (String) config(c).getOrDefault("WTF_CSRF_FIELD_NAME", "csrf_token");
        client.sessionTransaction(session -> assertThat(session.get(field)).isEqualTo(c.get("raw_token")));
        assertThat((String) c.get("raw_token")).matches("[0-9a-f]{40}");
    }

    static Stream<Map<String, Object>> requestsWithASession() {
        return requests().filter(c -> c.get("session_cookie") != null);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> config(Map<String, Object> c) {
        return (Map<String, Object>) c.get("config");
    }

    /** The case as the recording's issuing app saw it: GET is never checked there, whatever WTF_CSRF_METHODS says. */
    private static Map<String, Object> issuingConfig(Map<String, Object> c) {
        Map<String, Object> config = new HashMap<>(config(c));
        config.remove("WTF_CSRF_METHODS");
        Map<String, Object> issuing = new HashMap<>(c);
        issuing.put("config", config);
        return issuing;
    }
}
