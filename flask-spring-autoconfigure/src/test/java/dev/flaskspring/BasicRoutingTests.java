package dev.flaskspring;

import static dev.flaskspring.Globals.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flaskspring.routing.Rule;
import dev.flaskspring.routing.Submount;
import dev.flaskspring.testing.FlaskClient;
import dev.flaskspring.testing.TestRequest;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Routing and method dispatch; ported from Flask's {@code tests/test_basic.py}.
 * <p>Not ported: {@code test_method_route_no_methods} and {@code test_disallow_string_for_allowed_methods}
 * (Python type errors that Java's signatures rule out); {@code test_werkzeug_routing} uses Werkzeug's
 * {@code Submount}, which is covered here by adding the rules it would produce.
 */
class BasicRoutingTests {

    final Flask app = TestApps.flask();
    final FlaskClient client = app.testClient();

    private static Set<String> sorted(Set<String> s) {
        return new TreeSet<>(s);
    }

    // Flask: tests/test_basic.py::test_options_work
    @Test
    void optionsWork() {
        app.route("/", "index", Set.of("GET", "POST"), args -> "Hello World");
        var rv = client.options("/");
        assertThat(sorted(rv.allow())).containsExactly("GET", "HEAD", "OPTIONS", "POST");
        assertThat(rv.data()).isEmpty();
    }

    // Flask: tests/test_basic.py::test_options_on_multiple_rules
    @Test
    void optionsOnMultipleRules() {
        app.route("/", "index", Set.of("GET", "POST"), args -> "Hello World");
        app.route("/", "index_put", Set.of("PUT"), args -> "Aha!");
        var rv = client.options("/");
        assertThat(sorted(rv.allow())).containsExactly("GET", "HEAD", "OPTIONS", "POST", "PUT");
    }

    // Flask: tests/test_basic.py::test_method_route
    @ParameterizedTest
    @ValueSource(strings = {"get", "post", "put", "delete", "patch"})
    void methodRoute(String method) {
        View hello = args -> "Hello";
        switch (method) {
            case "get" -> app.get("/", "hello", hello);
            case "post" -> app.post("/", "hello", hello);
            case "put" -> app.put("/", "hello", hello);
            case "delete" -> app.delete("/", "hello", hello);
            default -> app.patch("/", "hello", hello);
        }
        assertThat(client.open(TestRequest.of(method, "/")).text()).isEqualTo("Hello");
    }

    // Flask: tests/test_basic.py::test_provide_automatic_options_attr
    @Test
    void provideAutomaticOptionsAttr() {
        View index = new View() {
            @Override
            public Object call(ViewArgs args) {
                return "Hello World!";
            }

            @Override
            public Boolean provideAutomaticOptions() {
                return false;
            }
        };
        app.route("/", "index", index);
        assertThat(client.options("/").statusCode()).isEqualTo(405);

        Flask app2 = TestApps.flask();
        View index2 = new View() {
            @Override
            public Object call(ViewArgs args) {
                return "Hello World!";
            }

            @Override
            public Boolean provideAutomaticOptions() {
                return true;
            }
        };
        app2.route("/", "index2", Set.of("OPTIONS"), index2);
        assertThat(sorted(app2.testClient().options("/").allow())).containsExactly("OPTIONS");
    }

    // Flask: tests/test_basic.py::test_provide_automatic_options_kwarg
    @Test
    void provideAutomaticOptionsKwarg() {
        View method = args -> request().method();
        app.addUrlRule("/", "index", method, RuleOptions.builder().provideAutomaticOptions(false).build());
        app.addUrlRule("/more", "more", method,
                RuleOptions.builder().methods("GET", "POST").provideAutomaticOptions(false).build());
        assertThat(client.get("/").text()).isEqualTo("GET");
        var rv = client.post("/");
        assertThat(rv.statusCode()).isEqualTo(405);
        assertThat(sorted(rv.allow())).containsExactly("GET", "HEAD");
        assertThat(client.options("/").statusCode()).isEqualTo(405);
        rv = client.head("/");
        assertThat(rv.statusCode()).isEqualTo(200);
        assertThat(rv.data()).isEmpty();
        assertThat(client.post("/more").text()).isEqualTo("POST");
        assertThat(client.get("/more").text()).isEqualTo("GET");
        rv = client.delete("/more");
        assertThat(rv.statusCode()).isEqualTo(405);
        assertThat(sorted(rv.allow())).containsExactly("GET", "HEAD", "POST");
        assertThat(client.options("/more").statusCode()).isEqualTo(405);
    }

    // Flask: tests/test_basic.py::test_request_dispatching
    @Test
    void requestDispatching() {
        app.route("/", "index", args -> request().method());
        app.route("/more", "more", Set.of("GET", "POST"), args -> request().method());
        assertThat(client.get("/").text()).isEqualTo("GET");
        var rv = client.post("/");
        assertThat(rv.statusCode()).isEqualTo(405);
        assertThat(sorted(rv.allow())).containsExactly("GET", "HEAD", "OPTIONS");
        rv = client.head("/");
        assertThat(rv.statusCode()).isEqualTo(200);
        assertThat(rv.data()).isEmpty();
        assertThat(client.post("/more").text()).isEqualTo("POST");
        assertThat(client.get("/more").text()).isEqualTo("GET");
        rv = client.delete("/more");
        assertThat(rv.statusCode()).isEqualTo(405);
        assertThat(sorted(rv.allow())).containsExactly("GET", "HEAD", "OPTIONS", "POST");
    }

    // Flask: tests/test_basic.py::test_url_mapping
    @Test
    void urlMapping() {
        String randomUuid4 = "7eb41166-9ebf-4d26-b771-ea3f54f8b383";
        app.addUrlRule("/", "index", args -> request().method());
        app.addUrlRule("/more", "more", args -> request().method(), RuleOptions.builder().methods("GET", "POST").build());
        app.addUrlRule("/options", "options", args -> randomUuid4, RuleOptions.builder().methods("options").build());
        assertThat(client.get("/").text()).isEqualTo("GET");
        var rv = client.post("/");
        assertThat(rv.statusCode()).isEqualTo(405);
        assertThat(sorted(rv.allow())).containsExactly("GET", "HEAD", "OPTIONS");
        rv = client.head("/");
        assertThat(rv.statusCode()).isEqualTo(200);
        assertThat(rv.data()).isEmpty();
        assertThat(client.post("/more").text()).isEqualTo("POST");
        assertThat(client.get("/more").text()).isEqualTo("GET");
        rv = client.delete("/more");
        assertThat(rv.statusCode()).isEqualTo(405);
        assertThat(sorted(rv.allow())).containsExactly("GET", "HEAD", "OPTIONS", "POST");
        rv = client.options("/options");
        assertThat(rv.statusCode()).isEqualTo(200);
        assertThat(rv.text()).contains(randomUuid4);
    }

    // Flask: tests/test_basic.py::test_werkzeug_routing
    @Test
    void werkzeugRouting() {
        app.urlMap().add(new Submount("/foo", List.of(Rule.builder("/bar").endpoint("bar").build(),
                Rule.builder("/").endpoint("index").build())));
        app.endpoint("bar", args -> "bar");
        app.endpoint("index", args -> "index");
        assertThat(client.get("/foo/").text()).isEqualTo("index");
        assertThat(client.get("/foo/bar").text()).isEqualTo("bar");
    }

    // Flask: tests/test_basic.py::test_endpoint_decorator
    @Test
    void endpointDecorator() {
        app.urlMap().add(Rule.builder("/foo/bar").endpoint("bar").build());
        app.urlMap().add(Rule.builder("/foo/").endpoint("index").build());
        app.endpoint("bar", args -> "bar");
        app.endpoint("index", args -> "index");
        assertThat(client.get("/foo/").text()).isEqualTo("index");
        assertThat(client.get("/foo/bar").text()).isEqualTo("bar");
    }

    // Flask: tests/test_basic.py::test_route_decorator_custom_endpoint
    @Test
    void routeDecoratorCustomEndpoint() {
        app.route("/foo/", "foo", args -> request().endpoint());
        app.route("/bar/", "bar", args -> request().endpoint());
        app.route("/bar/123", "123", args -> request().endpoint());
        try (var ctx = app.testRequestContext("/")) {
            assertThat(Globals.urlFor("foo")).isEqualTo("/foo/");
            assertThat(Globals.urlFor("bar")).isEqualTo("/bar/");
            assertThat(Globals.urlFor("123")).isEqualTo("/bar/123");
        }
        assertThat(client.get("/foo/").text()).isEqualTo("foo");
        assertThat(client.get("/bar/").text()).isEqualTo("bar");
        assertThat(client.get("/bar/123").text()).isEqualTo("123");
    }

    // Flask: tests/test_basic.py::test_multi_route_rules
    @Test
    void multiRouteRules() {
        View index = args -> args.getOrDefault("test", "a");
        app.route("/", "index", index);
        app.route("/<test>/", "index", index);
        assertThat(client.open(TestRequest.get("/")).text()).isEqualTo("a");
        assertThat(client.open(TestRequest.get("/b/")).text()).isEqualTo("b");
    }

    // Flask: tests/test_basic.py::test_nonascii_pathinfo
    @Test
    void nonasciiPathinfo() {
        app.route("/киртест", "index", args -> "Hello World!");
        assertThat(client.get("/киртест").text()).isEqualTo("Hello World!");
    }

    // Flask: tests/test_basic.py::test_no_setup_after_first_request
    @Test
    void noSetupAfterFirstRequest() {
        app.config().put("DEBUG", true);
        app.route("/", "index", args -> "Awesome");
        assertThat(client.get("/").text()).isEqualTo("Awesome");
        assertThatThrownBy(() -> app.addUrlRule("/foo", "late", args -> "late"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("setup method 'addUrlRule'");
    }

    @Test
    void strictSlashesRedirectWith308AndMissingSlashIs404() {
        app.route("/dir/", "dir", args -> "dir");
        app.route("/file", "file", args -> "file");
        var rv = client.get("/dir");
        assertThat(rv.statusCode()).isEqualTo(308);
        assertThat(rv.location()).isEqualTo("http://localhost/dir/");
        assertThat(client.get("/file/").statusCode()).isEqualTo(404);
    }

    @Test
    void staticSegmentsBeatVariablesRegardlessOfOrder() {
        app.route("/<name>", "variable", args -> "variable " + args.getString("name"));
        app.route("/static-one", "staticOne", args -> "static");
        assertThat(client.get("/static-one").text()).isEqualTo("static");
        assertThat(client.get("/other").text()).isEqualTo("variable other");
    }
}
