package dev.flaskspring.login;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flaskspring.Flask;
import dev.flaskspring.Globals;
import dev.flaskspring.ctx.RequestContext;
import dev.flaskspring.testing.TestRequest;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Flask-Login's helpers against what the real Flask-Login 0.6.3 computed for the same input: session
 * identifiers, remember cookies, {@code make_next_param} and {@code login_url}.
 */
@ExtendWith(NoLeakedContexts.class)
class LoginVectorTests {

    static Stream<Map<String, Object>> identifiers() {
        return LoginVectors.list("identifiers").stream();
    }

    @SuppressWarnings("unchecked")
    static Stream<Map<String, Object>> encodedCookies() {
        return ((List<Map<String, Object>>) LoginVectors.map("remember_cookies").get("encoded")).stream();
    }

    @SuppressWarnings("unchecked")
    static Stream<Map<String, Object>> decodedCookies() {
        return ((List<Map<String, Object>>) LoginVectors.map("remember_cookies").get("decoded")).stream();
    }

    static Stream<Map<String, Object>> nextParams() {
        return LoginVectors.list("next_params").stream();
    }

    static Stream<Map<String, Object>> loginUrls() {
        return LoginVectors.list("login_urls").stream();
    }

    @SuppressWarnings("unchecked")
    @ParameterizedTest(name = "{index} {0}")
    @MethodSource("identifiers")
    void sessionIdentifierIsFlaskLogins(Map<String, Object> c) {
        Flask app = new Flask("ids");
        TestRequest request = TestRequest.get("/").remoteAddr(String.valueOf(c.get("remote_addr")));
        for (List<String> header : (List<List<String>>) c.get("headers")) {
            request.header(header.get(0), header.get(1));
        }
        try (RequestContext ctx = app.testRequestContext(request)) {
            assertThat(SessionIdentifier.create(Globals.request())).isEqualTo(c.get("identifier"));
        }
    }

    @ParameterizedTest(name = "{index} {0}")
    @MethodSource("encodedCookies")
    void rememberCookieIsFlaskLogins(Map<String, Object> c) {
        Object key = LoginVectors.configValue(c.get("secret_key"));
        String payload = String.valueOf(c.get("payload"));
        assertThat(RememberCookie.encode(payload, key)).isEqualTo(c.get("cookie"));
        assertThat(RememberCookie.decode(String.valueOf(c.get("cookie")), key)).isEqualTo(payload);
    }

    @ParameterizedTest(name = "{index} {0}")
    @MethodSource("decodedCookies")
    void rememberCookieDecodesAsFlaskLogin(Map<String, Object> c) {
        // Where Python raises (hmac.compare_digest refuses non-ASCII text), the cookie is ignored here.
        assertThat(RememberCookie.decode(String.valueOf(c.get("cookie")), c.get("secret_key")))
                .isEqualTo(c.get("decoded"));
    }

    @ParameterizedTest(name = "{index} {0}")
    @MethodSource("nextParams")
    void makeNextParamIsFlaskLogins(Map<String, Object> c) {
        assertThat(Login.makeNextParam(String.valueOf(c.get("login_url")), String.valueOf(c.get("current_url"))))
                .isEqualTo(c.get("result"));
    }

    @ParameterizedTest(name = "{index} {0}")
    @MethodSource("loginUrls")
    void loginUrlIsFlaskLogins(Map<String, Object> c) {
        Flask app = new Flask("urls");
        new LoginManager().initApp(app);
        app.route("/signin", "signin", args -> "");
        app.config().put("FORCE_HOST_FOR_REDIRECTS", c.get("force_host"));
        try (RequestContext ctx = app.testRequestContext("/")) {
            assertThat(Login.loginUrl(String.valueOf(c.get("login_view")), (String) c.get("next_url"),
                    String.valueOf(c.get("next_field")))).isEqualTo(c.get("result"));
        }
    }
}
