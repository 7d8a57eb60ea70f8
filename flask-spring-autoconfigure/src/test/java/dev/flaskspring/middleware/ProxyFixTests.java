package dev.flaskspring.middleware;

import static dev.flaskspring.Globals.request;
import static dev.flaskspring.Globals.urlFor;
import static org.assertj.core.api.Assertions.assertThat;

import dev.flaskspring.Flask;
import dev.flaskspring.TestApps;
import dev.flaskspring.ctx.RequestContext;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * Werkzeug's {@code ProxyFix}; ported from Werkzeug 3.1.8's {@code tests/middleware/test_proxy_fix.py}, every
 * case of its parameter list, on the servlet request the app sees behind the filter.
 */
class ProxyFixTests {

    /** Werkzeug's keyword arguments: x_for, x_proto, x_host, x_port, x_prefix. */
    record Trust(int xFor, int xProto, int xHost, int xPort, int xPrefix) {
        static final Trust DEFAULTS = new Trust(1, 1, 0, 0, 0);

        ProxyFix proxyFix() {
            return new ProxyFix(xFor, xProto, xHost, xPort, xPrefix);
        }
    }

    private static Map<String, String> environ(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("for", Trust.DEFAULTS, environ("REMOTE_ADDR", "192.168.0.2", "HTTP_HOST", "spam",
                        "HTTP_X_FORWARDED_FOR", "192.168.0.1", "HTTP_X_FORWARDED_PROTO", "https"), "https://spam/"),
                Arguments.of("proto", new Trust(1, 1, 0, 0, 0),
                        environ("HTTP_HOST", "spam", "HTTP_X_FORWARDED_PROTO", "https"), "https://spam/"),
                Arguments.of("host", new Trust(1, 1, 1, 0, 0),
                        environ("HTTP_HOST", "spam", "HTTP_X_FORWARDED_HOST", "eggs"), "http://eggs/"),
                Arguments.of("port, host without port", new Trust(1, 1, 0, 1, 0),
                        environ("HTTP_HOST", "spam", "HTTP_X_FORWARDED_PORT", "8080"), "http://spam:8080/"),
                Arguments.of("port, host with port", new Trust(1, 1, 0, 1, 0),
                        environ("HTTP_HOST", "spam:9000", "HTTP_X_FORWARDED_PORT", "8080"), "http://spam:8080/"),
                Arguments.of("port, name", new Trust(1, 1, 0, 1, 0),
                        environ("SERVER_NAME", "spam", "SERVER_PORT", "9000", "HTTP_X_FORWARDED_PORT", "8080"),
                        "http://spam:8080/"),
                Arguments.of("prefix", new Trust(1, 1, 0, 0, 1),
                        environ("HTTP_HOST", "spam", "HTTP_X_FORWARDED_PREFIX", "/eggs"), "http://spam/eggs/"),
                Arguments.of("all", new Trust(1, 1, 1, 1, 1), environ("REMOTE_ADDR", "192.168.0.2",
                        "HTTP_HOST", "spam:9000", "HTTP_X_FORWARDED_FOR", "192.168.0.1",
                        "HTTP_X_FORWARDED_PROTO", "https", "HTTP_X_FORWARDED_HOST", "eggs",
                        "HTTP_X_FORWARDED_PORT", "443", "HTTP_X_FORWARDED_PREFIX", "/ham"), "https://eggs/ham/"),
                Arguments.of("multiple for", new Trust(2, 1, 0, 0, 0), environ("REMOTE_ADDR", "192.168.0.3",
                        "HTTP_HOST", "spam", "HTTP_X_FORWARDED_FOR", "192.168.0.1, 192.168.0.2"), "http://spam/"),
                Arguments.of("ignore 0", new Trust(0, 1, 0, 0, 0), environ("REMOTE_ADDR", "192.168.0.1",
                        "HTTP_HOST", "spam", "HTTP_X_FORWARDED_FOR", "192.168.0.2"), "http://spam/"),
                Arguments.of("ignore len < trusted", new Trust(3, 1, 0, 0, 0), environ("REMOTE_ADDR", "192.168.0.1",
                        "HTTP_HOST", "spam", "HTTP_X_FORWARDED_FOR", "192.168.0.3, 192.168.0.2"), "http://spam/"),
                Arguments.of("ignore untrusted", Trust.DEFAULTS, environ("REMOTE_ADDR", "192.168.0.2",
                        "HTTP_HOST", "spam", "HTTP_X_FORWARDED_FOR", "192.168.0.3, 192.168.0.1"), "http://spam/"),
                Arguments.of("ignore empty", new Trust(2, 1, 0, 0, 0), environ("REMOTE_ADDR", "192.168.0.1",
                        "HTTP_HOST", "spam", "HTTP_X_FORWARDED_FOR", ", 192.168.0.3"), "http://spam/"),
                Arguments.of("prefix < for", new Trust(2, 1, 0, 0, 1), environ("REMOTE_ADDR", "192.168.0.2",
                        "HTTP_HOST", "spam", "HTTP_X_FORWARDED_FOR", "192.168.0.1, 192.168.0.3",
                        "HTTP_X_FORWARDED_PREFIX", "/ham, /eggs"), "http://spam/eggs/"),
                Arguments.of("ipv6 host", new Trust(1, 1, 1, 0, 0),
                        environ("HTTP_HOST", "spam", "HTTP_X_FORWARDED_HOST", "[2001:db8::a]"),
                        "http://[2001:db8::a]/"),
                Arguments.of("ipv6 port, host without port", new Trust(1, 1, 0, 1, 0),
                        environ("HTTP_HOST", "[2001:db8::a]", "HTTP_X_FORWARDED_PORT", "8080"),
                        "http://[2001:db8::a]:8080/"),
                Arguments.of("ipv6 - port, host with port", new Trust(1, 1, 0, 1, 0),
                        environ("HTTP_HOST", "[2001:db8::a]:9000", "HTTP_X_FORWARDED_PORT", "8080"),
                        "http://[2001:db8::a]:8080/"));
    }

    /** Werkzeug's {@code create_environ} with the overrides: a GET of {@code /} on localhost:80 over HTTP. */
    private static MockHttpServletRequest environFrom(Map<String, String> base) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
        request.setServerName(base.getOrDefault("SERVER_NAME", "localhost"));
        request.setServerPort(Integer.parseInt(base.getOrDefault("SERVER_PORT", "80")));
        request.setRemoteAddr(base.getOrDefault("REMOTE_ADDR", "192.168.0.1"));
        base.forEach((key, value) -> {
            if (key.startsWith("HTTP_")) {
                String header = key.substring(5).replace('_', '-');
                request.addHeader(header.equals("HOST") ? "Host" : header, value);
            }
        });
        return request;
    }

    // Werkzeug: tests/middleware/test_proxy_fix.py::test_proxy_fix
    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void proxyFix(String id, Trust trust, Map<String, String> base, String urlRoot) throws Exception {
        Flask app = TestApps.flask();
        app.route("/parrot", "parrot", args -> "squawk");
        ServletRequest[] seen = new ServletRequest[1];
        trust.proxyFix().doFilter(environFrom(base), new MockHttpServletResponse(), (req, res) -> seen[0] = req);
        try (RequestContext ctx = app.requestContext((HttpServletRequest) seen[0]).push()) {
            assertThat(request().remoteAddr()).isEqualTo("192.168.0.1");
            assertThat(request().urlRoot()).isEqualTo(urlRoot);
            assertThat(urlFor("parrot")).isEqualTo(request().scriptRoot() + "/parrot");
            assertThat(ctx.urlAdapter().match("/parrot", "GET")).isInstanceOf(
                    dev.flaskspring.routing.MatchResult.Match.class);
            assertThat(urlFor("parrot", "_external", true)).isEqualTo(urlRoot + "parrot");
        }
    }

    @org.junit.jupiter.api.Test
    void asMiddlewareTheAppsExternalUrlsAndRedirectsCarryTheProxysHostAndScheme() {
        Flask app = TestApps.flask();
        app.addMiddleware(new ProxyFix(1, 1, 1, 0, 1));
        app.route("/parrot", "parrot", args -> dev.flaskspring.Globals.redirect(urlFor("parrot", "_external", true)));
        var response = app.testClient().open(dev.flaskspring.testing.TestRequest.get("/parrot")
                .header("X-Forwarded-Proto", "https").header("X-Forwarded-Host", "example.com")
                .header("X-Forwarded-Prefix", "/blog"));
        assertThat(response.location()).isEqualTo("https://example.com/blog/parrot");
    }
}
