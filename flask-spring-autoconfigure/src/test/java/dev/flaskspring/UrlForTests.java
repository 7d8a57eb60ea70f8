package dev.flaskspring;

import static dev.flaskspring.Globals.g;
import static dev.flaskspring.Globals.urlFor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flaskspring.exceptions.BuildError;
import dev.flaskspring.testing.TestRequest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** URL building, subdomains and {@code g}; ported from Flask's {@code tests/test_basic.py}. */
class UrlForTests {

    final Flask app = TestApps.flask();

    // Flask: tests/test_basic.py::test_url_generation
    @Test
    void urlGeneration() {
        app.route("/hello/<name>", "hello", Set.of("POST"), args -> "");
        try (var ctx = app.testRequestContext("/")) {
            assertThat(urlFor("hello", "name", "test x")).isEqualTo("/hello/test%20x");
            assertThat(urlFor("hello", "name", "test x", "_external", true)).isEqualTo("http://localhost/hello/test%20x");
        }
    }

    @Test
    void urlForSpecialArgumentsAndQueryString() {
        app.route("/p/<int:id>", "post", args -> "");
        try (var ctx = app.testRequestContext("/")) {
            assertThat(urlFor("post", "id", 3, "q", List.of("a", "b"), "_anchor", "top x"))
                    .isEqualTo("/p/3?q=a&q=b#top%20x");
            assertThat(urlFor("post", "id", 3, "_scheme", "https", "_external", true)).isEqualTo("https://localhost/p/3");
            assertThatThrownBy(() -> urlFor("post", "id", 3, "_scheme", "https", "_external", false))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void urlForOutsideARequestUsesServerName() {
        app.route("/x", "x", args -> "");
        try (var ctx = app.appContext()) {
            assertThatThrownBy(() -> urlFor("x")).hasMessageContaining("without 'SERVER_NAME' configured");
        }
        app.config().put("SERVER_NAME", "example.com");
        app.config().put("PREFERRED_URL_SCHEME", "https");
        try (var ctx = app.appContext()) {
            assertThat(urlFor("x")).isEqualTo("https://example.com/x");
        }
    }

    // Flask: tests/test_basic.py::test_build_error_handler
    @Test
    void buildErrorHandler() {
        try (var ctx = app.testRequestContext("/")) {
            assertThatThrownBy(() -> urlFor("spam")).isInstanceOf(BuildError.class);
        }
        app.urlBuildErrorHandler((error, endpoint, values) -> "/test_handler/");
        try (var ctx = app.testRequestContext("/")) {
            assertThat(urlFor("spam")).isEqualTo("/test_handler/");
        }
    }

    // Flask: tests/test_basic.py::test_build_error_handler_reraise
    @Test
    void buildErrorHandlerReraise() {
        app.urlBuildErrorHandler((error, endpoint, values) -> {
            throw error;
        });
        try (var ctx = app.testRequestContext("/")) {
            assertThatThrownBy(() -> urlFor("not.existing")).isInstanceOf(BuildError.class);
        }
    }

    // Flask: tests/test_basic.py::test_url_for_passes_special_values_to_build_error_handler
    @Test
    void urlForPassesSpecialValuesToBuildErrorHandler() {
        app.urlBuildErrorHandler((error, endpoint, values) -> {
            Map<String, Object> expected = new HashMap<>();
            expected.put("_external", false);
            expected.put("_anchor", null);
            expected.put("_method", null);
            expected.put("_scheme", null);
            assertThat(values).isEqualTo(expected);
            return "handled";
        });
        try (var ctx = app.testRequestContext("/")) {
            assertThat(urlFor("/")).isEqualTo("handled");
        }
    }

    @Test
    void buildErrorSuggestsTheClosestEndpoint() {
        app.route("/user/<int:id>", "user_detail", args -> "");
        try (var ctx = app.testRequestContext("/")) {
            assertThatThrownBy(() -> urlFor("user_detial", "id", 1)).isInstanceOf(BuildError.class)
                    .hasMessage("Could not build url for endpoint 'user_detial' with values ['id']. Did you mean"
                            + " 'user_detail' instead?");
            assertThatThrownBy(() -> urlFor("user_detail")).hasMessage("Could not build url for endpoint"
                    + " 'user_detail'. Did you forget to specify values ['id']?");
        }
    }

    // Flask: tests/test_basic.py::test_inject_blueprint_url_defaults
    @Test
    void injectBlueprintUrlDefaults() {
        Blueprint bp = new Blueprint("foo");
        bp.urlDefaults((endpoint, values) -> values.put("page", "login"));
        bp.route("/<page>", "view", args -> "");
        app.registerBlueprint(bp);
        Map<String, Object> values = new HashMap<>();
        app.injectUrlDefaults("foo.view", values);
        assertThat(values).isEqualTo(Map.of("page", "login"));
        try (var ctx = app.testRequestContext("/somepage")) {
            assertThat(urlFor("foo.view")).isEqualTo("/login");
        }
    }

    // Flask: tests/test_basic.py::test_server_name_subdomain
    @Test
    void serverNameSubdomain() {
        Flask sub = new Flask("sub", AppOptions.builder().subdomainMatching(true).build());
        sub.setTesting(true);
        var client = sub.testClient();
        sub.route("/", "index", args -> "default");
        sub.route("/", "subdomain", RuleOptions.builder().subdomain("foo").build(), args -> "subdomain");
        sub.config().put("SERVER_NAME", "dev.local:5000");
        assertThat(client.get("/").text()).isEqualTo("default");
        assertThat(client.open(TestRequest.get("/").baseUrl("http://dev.local:5000")).text()).isEqualTo("default");
        assertThat(client.open(TestRequest.get("/").baseUrl("https://dev.local:5000")).text()).isEqualTo("default");
        sub.config().put("SERVER_NAME", "dev.local:443");
        var rv = client.open(TestRequest.get("/").baseUrl("https://dev.local"));
        if (rv.statusCode() != 404) {
            assertThat(rv.text()).isEqualTo("default");
        }
        sub.config().put("SERVER_NAME", "dev.local");
        assertThat(client.open(TestRequest.get("/").baseUrl("https://dev.local")).text()).isEqualTo("default");
        assertThat(client.open(TestRequest.get("/").baseUrl("http://foo.localhost")).statusCode()).isEqualTo(404);
        assertThat(client.open(TestRequest.get("/").baseUrl("http://foo.dev.local")).text()).isEqualTo("subdomain");
    }

    // Flask: tests/test_basic.py::test_subdomain_basic_support
    @Test
    void subdomainBasicSupport() {
        Flask sub = new Flask("sub", AppOptions.builder().subdomainMatching(true).build());
        sub.config().put("SERVER_NAME", "localhost.localdomain");
        var client = sub.testClient();
        sub.route("/", "normal_index", args -> "normal index");
        sub.route("/", "test_index", RuleOptions.builder().subdomain("test").build(), args -> "test index");
        assertThat(client.open(TestRequest.get("/").baseUrl("http://localhost.localdomain/")).text())
                .isEqualTo("normal index");
        assertThat(client.open(TestRequest.get("/").baseUrl("http://test.localhost.localdomain/")).text())
                .isEqualTo("test index");
    }

    // Flask: tests/test_basic.py::test_subdomain_matching
    @Test
    void subdomainMatching() {
        Flask sub = new Flask("sub", AppOptions.builder().subdomainMatching(true).build());
        sub.config().put("SERVER_NAME", "localhost.localdomain");
        sub.route("/", "index", RuleOptions.builder().subdomain("<user>").build(),
                args -> "index for " + args.getString("user"));
        assertThat(sub.testClient().open(TestRequest.get("/").baseUrl("http://mitsuhiko.localhost.localdomain/")).text())
                .isEqualTo("index for mitsuhiko");
    }

    // Flask: tests/test_basic.py::test_subdomain_matching_with_ports
    @Test
    void subdomainMatchingWithPorts() {
        Flask sub = new Flask("sub", AppOptions.builder().subdomainMatching(true).build());
        sub.config().put("SERVER_NAME", "localhost.localdomain:3000");
        sub.route("/", "index", RuleOptions.builder().subdomain("<user>").build(),
                args -> "index for " + args.getString("user"));
        assertThat(sub.testClient().open(TestRequest.get("/").baseUrl("http://mitsuhiko.localhost.localdomain:3000/"))
                .text()).isEqualTo("index for mitsuhiko");
    }

    // Flask: tests/test_basic.py::test_subdomain_matching_other_name
    @ParameterizedTest
    @CsvSource({"false", "true"})
    void subdomainMatchingOtherName(boolean matching) {
        Flask sub = new Flask("sub", AppOptions.builder().subdomainMatching(matching).build());
        sub.config().put("SERVER_NAME", "localhost.localdomain:3000");
        sub.route("/", "index", args -> Globals.makeResponse("", 204));
        var client = sub.testClient();
        assertThat(client.open(TestRequest.get("/").baseUrl("http://127.0.0.1:3000/")).statusCode())
                .isEqualTo(matching ? 404 : 204);
        assertThat(client.open(TestRequest.get("/").baseUrl("http://www.localhost.localdomain:3000/")).statusCode())
                .isEqualTo(matching ? 404 : 204);
    }

    // Flask: tests/test_basic.py::test_get_method_on_g
    @Test
    void getMethodOnG() {
        try (var ctx = app.appContext()) {
            assertThat(g().get("x")).isNull();
            assertThat(g().getOrDefault("x", 11)).isEqualTo(11);
            g().put("x", 42);
            assertThat(g().get("x")).isEqualTo(42);
        }
    }

    // Flask: tests/test_basic.py::test_g_iteration_protocol
    @Test
    void gIterationProtocol() {
        try (var ctx = app.appContext()) {
            g().put("foo", 23);
            g().put("bar", 42);
            assertThat(g()).containsKey("foo").doesNotContainKey("foos");
            assertThat(new java.util.TreeSet<>(g().keySet())).containsExactly("bar", "foo");
        }
    }

    // Flask: tests/test_basic.py::test_request_locals
    @Test
    void requestLocals() {
        assertThatThrownBy(Globals::g).isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("Working outside of application context.");
        assertThatThrownBy(Globals::request).hasMessageStartingWith("Working outside of request context.");
    }
}
