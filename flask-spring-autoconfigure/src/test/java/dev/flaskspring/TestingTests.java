package dev.flaskspring;

import static dev.flaskspring.Globals.g;
import static dev.flaskspring.Globals.jsonify;
import static dev.flaskspring.Globals.redirect;
import static dev.flaskspring.Globals.request;
import static dev.flaskspring.Globals.session;
import static dev.flaskspring.Globals.urlFor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flaskspring.signals.Connection;
import dev.flaskspring.signals.Signals;
import dev.flaskspring.testing.FlaskClient;
import dev.flaskspring.testing.TestRequest;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The test client; ported from the client parts of Flask's {@code tests/test_testing.py}.
 * <p>Not ported: {@code test_environbuilder_json_dumps} ({@code ensure_ascii} setting of the JSON provider),
 * {@code test_session_transaction_needs_cookies} (the client always keeps cookies), and the CLI runner
 * tests (the command-line issue).
 */
class TestingTests {

    final Flask app = TestApps.flask();
    final FlaskClient client = app.testClient();

    // Flask: tests/test_testing.py::test_environ_defaults_from_config
    @Test
    void environDefaultsFromConfig() {
        app.config().put("SERVER_NAME", "example.com:1234");
        app.config().put("APPLICATION_ROOT", "/foo");
        app.route("/", "index", args -> request().url());
        try (var ctx = app.testRequestContext("/")) {
            assertThat(ctx.request().url()).isEqualTo("http://example.com:1234/foo/");
        }
        assertThat(client.get("/").text()).isEqualTo("http://example.com:1234/foo/");
    }

    // Flask: tests/test_testing.py::test_environ_defaults
    @Test
    void environDefaults() {
        app.route("/", "index", args -> request().url());
        try (var ctx = app.testRequestContext("/")) {
            assertThat(ctx.request().url()).isEqualTo("http://localhost/");
        }
        try (FlaskClient c = client.preserveContext()) {
            assertThat(c.get("/").text()).isEqualTo("http://localhost/");
        }
    }

    // Flask: tests/test_testing.py::test_environ_base_default
    @Test
    void environBaseDefault() {
        app.route("/", "index", args -> {
            g().put("remote_addr", request().remoteAddr());
            g().put("user_agent", request().userAgent());
            return "";
        });
        try (FlaskClient c = client.preserveContext()) {
            c.get("/");
            assertThat(g().get("remote_addr")).isEqualTo("127.0.0.1");
            assertThat(g().get("user_agent")).isEqualTo("Werkzeug/3.1.8");
        }
    }

    // Flask: tests/test_testing.py::test_environ_base_modified
    @Test
    void environBaseModified() {
        app.route("/", "index", args -> {
            g().put("remote_addr", request().remoteAddr());
            g().put("user_agent", request().userAgent());
            return "";
        });
        client.environBase().put("REMOTE_ADDR", "192.168.0.22");
        client.environBase().put("HTTP_USER_AGENT", "Foo");
        try (FlaskClient c = client.preserveContext()) {
            c.get("/");
            assertThat(g().get("remote_addr")).isEqualTo("192.168.0.22");
            assertThat(g().get("user_agent")).isEqualTo("Foo");
        }
    }

    // Flask: tests/test_testing.py::test_client_open_environ (the built request is sent again after the
    // client's environ changed)
    @Test
    void clientOpenEnviron() {
        app.route("/index", "index", args -> request().remoteAddr());
        TestRequest builder = TestRequest.get("/index");
        assertThat(client.open(builder).text()).isEqualTo("127.0.0.1");
        client.environBase().put("REMOTE_ADDR", "127.0.0.2");
        assertThat(client.open(builder).text()).isEqualTo("127.0.0.2");
    }

    @Test
    void aRequestsOwnEnvironAndHeadersWinOverTheClients() {
        app.route("/", "index", args -> request().remoteAddr() + " " + request().userAgent() + " "
                + request().servletRequest().getAttribute("werkzeug._foo"));
        client.environBase().put("werkzeug._foo", "client");
        assertThat(client.get("/").text()).isEqualTo("127.0.0.1 Werkzeug/3.1.8 client");
        assertThat(client.open(TestRequest.get("/").environBase(Map.of("REMOTE_ADDR", "10.0.0.1",
                "werkzeug._foo", "request")).header("User-Agent", "Bar/1.0")).text())
                .isEqualTo("10.0.0.1 Bar/1.0 request");
    }

    // Flask: tests/test_testing.py::test_specify_url_scheme
    @Test
    void specifyUrlScheme() {
        app.route("/", "index", args -> request().url());
        try (var ctx = app.testRequestContext(TestRequest.get("/").scheme("https"))) {
            assertThat(ctx.request().url()).isEqualTo("https://localhost/");
        }
        assertThat(client.open(TestRequest.get("/").scheme("https")).text()).isEqualTo("https://localhost/");
    }

    // Flask: tests/test_testing.py::test_path_is_url
    @Test
    void pathIsUrl() {
        try (var ctx = app.testRequestContext(TestRequest.get("https://example.com/"))) {
            assertThat(request().scheme()).isEqualTo("https");
            assertThat(request().host()).isEqualTo("example.com");
            assertThat(request().scriptRoot()).isEmpty();
            assertThat(request().path()).isEqualTo("/");
        }
    }

    // Flask: tests/test_testing.py::test_blueprint_with_subdomain
    @Test
    void blueprintWithSubdomain() {
        Flask sub = new Flask("sub", AppOptions.builder().subdomainMatching(true).build());
        sub.config().put("SERVER_NAME", "example.com:1234");
        sub.config().put("APPLICATION_ROOT", "/foo");
        FlaskClient c = sub.testClient();
        Blueprint bp = new Blueprint("company", BlueprintOptions.builder().subdomain("xxx").build());
        bp.route("/", "index", args -> request().url());
        sub.registerBlueprint(bp);
        try (var ctx = sub.testRequestContext(TestRequest.get("/").subdomain("xxx"))) {
            assertThat(ctx.request().url()).isEqualTo("http://xxx.example.com:1234/foo/");
            assertThat(ctx.request().blueprint()).isEqualTo("company");
        }
        assertThat(c.open(TestRequest.get("/").subdomain("xxx")).text()).isEqualTo("http://xxx.example.com:1234/foo/");
    }

    // Flask: tests/test_testing.py::test_redirect_session
    @Test
    void redirectSession() {
        app.route("/redirect", "index", args -> {
            session().put("redirect", true);
            return redirect("/target");
        });
        app.route("/target", "get_session", args -> {
            session().put("target", true);
            return "";
        });
        try (FlaskClient c = client.preserveContext()) {
            c.get("/redirect", true);
            assertThat(session().get("redirect")).isEqualTo(true);
            assertThat(session().get("target")).isEqualTo(true);
        }
    }

    // Flask: tests/test_testing.py::test_session_transactions
    @Test
    void sessionTransactions() {
        app.route("/", "index", args -> String.valueOf(session().get("foo")));
        client.sessionTransaction(sess -> {
            assertThat(sess).isEmpty();
            sess.put("foo", List.of(42));
            assertThat(sess).hasSize(1);
        });
        assertThat(client.get("/").text()).isEqualTo("[42]");
        client.sessionTransaction(sess -> {
            assertThat(sess).hasSize(1);
            assertThat(sess.get("foo")).isEqualTo(List.of(42));
        });
    }

    // Flask: tests/test_testing.py::test_session_transactions_no_null_sessions
    @Test
    void sessionTransactionsNoNullSessions() {
        Flask plain = new Flask("plain");
        assertThatThrownBy(() -> plain.testClient().sessionTransaction(s -> { }))
                .hasMessageContaining("Session backend did not open a session");
    }

    // Flask: tests/test_testing.py::test_session_transactions_keep_context
    @Test
    void sessionTransactionsKeepContext() {
        try (var ctx = app.testRequestContext("/")) {
            client.get("/");
            var req = request();
            client.sessionTransaction(s -> assertThat(request()).isNotSameAs(req));
            assertThat(request()).isSameAs(req);
        }
    }

    // Flask: tests/test_testing.py::test_test_client_context_binding
    @Test
    void clientContextBinding() {
        app.setTesting(false);
        app.route("/", "index", args -> {
            g().put("value", 42);
            return "Hello World!";
        });
        app.route("/other", "other", args -> 1 / 0);
        try (FlaskClient c = client.preserveContext()) {
            var resp = c.get("/");
            assertThat(g().get("value")).isEqualTo(42);
            assertThat(resp.text()).isEqualTo("Hello World!");
            assertThat(resp.statusCode()).isEqualTo(200);
        }
        try (FlaskClient c = client.preserveContext()) {
            var resp = c.get("/other");
            assertThat(g()).doesNotContainKey("value");
            assertThat(resp.text()).contains("Internal Server Error");
            assertThat(resp.statusCode()).isEqualTo(500);
            g().put("value", 23);
        }
        assertThatThrownBy(() -> g().get("value")).isInstanceOf(IllegalStateException.class);
    }

    // Flask: tests/test_testing.py::test_reuse_client
    @Test
    void reuseClient() {
        try (FlaskClient c = client.preserveContext()) {
            assertThat(c.get("/").statusCode()).isEqualTo(404);
        }
        try (FlaskClient c = client.preserveContext()) {
            assertThat(c.get("/").statusCode()).isEqualTo(404);
        }
    }

    // Flask: tests/test_testing.py::test_full_url_request
    @Test
    void fullUrlRequest() {
        app.route("/action", "action", Set.of("POST"), args -> "x");
        try (FlaskClient c = client.preserveContext()) {
            var rv = c.post("http://domain.com/action?vodka=42", Map.of("gin", 43));
            assertThat(rv.statusCode()).isEqualTo(200);
            assertThat(request().form().containsKey("gin")).isTrue();
            assertThat(request().args().containsKey("vodka")).isTrue();
        }
    }

    // Flask: tests/test_testing.py::test_json_request_and_response
    @Test
    void jsonRequestAndResponse() {
        app.route("/echo", "echo", Set.of("POST"), args -> jsonify(request().getJson(false, false)));
        try (FlaskClient c = client.preserveContext()) {
            Map<String, Object> jsonData = Map.of("drink", Map.of("gin", 1, "tonic", true), "price", 10);
            var rv = c.open(TestRequest.post("/echo").json(jsonData));
            assertThat(request().isJson()).isTrue();
            assertThat(request().getJson(false, false)).isEqualTo(jsonData);
            assertThat(rv.statusCode()).isEqualTo(200);
            assertThat(rv.isJson()).isTrue();
            assertThat(rv.json()).isEqualTo(jsonData);
        }
    }

    // Flask: tests/test_testing.py::test_client_json_no_app_context
    @Test
    void clientJsonNoAppContext() {
        app.route("/hello", "hello", Set.of("POST"), args -> "Hello, " + ((Map<?, ?>) request().json()).get("name") + "!");
        AtomicInteger count = new AtomicInteger();
        try (Connection c = Signals.APPCONTEXT_POPPED.connect(app, e -> count.incrementAndGet())) {
            var rv = client.open(TestRequest.post("/hello").json(Map.of("name", "Flask")));
            assertThat(rv.text()).isEqualTo("Hello, Flask!");
        }
        assertThat(count.get()).isEqualTo(1);
    }

    // Flask: tests/test_testing.py::test_subdomain
    @Test
    void subdomain() {
        Flask sub = new Flask("sub", AppOptions.builder().subdomainMatching(true).build());
        sub.config().put("SERVER_NAME", "example.com");
        sub.route("/", "view", RuleOptions.builder().subdomain("<company_id>").build(), args -> args.getString("company_id"));
        String url;
        try (var ctx = sub.testRequestContext("/")) {
            url = urlFor("view", "company_id", "xxx");
        }
        var response = sub.testClient().get(url);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.text()).isEqualTo("xxx");
    }

    // Flask: tests/test_testing.py::test_nosubdomain
    @Test
    void nosubdomain() {
        app.config().put("SERVER_NAME", "example.com");
        app.route("/<company_id>", "view", args -> args.getString("company_id"));
        String url;
        try (var ctx = app.testRequestContext("/")) {
            url = urlFor("view", "company_id", "xxx");
        }
        var response = client.get(url);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.text()).isEqualTo("xxx");
    }
}
