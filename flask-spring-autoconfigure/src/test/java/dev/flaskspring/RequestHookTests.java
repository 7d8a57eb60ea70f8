package dev.flaskspring;

import static dev.flaskspring.Globals.afterThisRequest;
import static org.assertj.core.api.Assertions.assertThat;

import dev.flaskspring.testing.FlaskClient;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Before, after and teardown hooks; ported from Flask's {@code tests/test_basic.py}. */
class RequestHookTests {

    final Flask app = TestApps.flask();
    final FlaskClient client = app.testClient();

    // Flask: tests/test_basic.py::test_request_processing
    @Test
    void requestProcessing() {
        List<String> evts = new ArrayList<>();
        app.beforeRequest(() -> {
            evts.add("before");
            return null;
        });
        app.afterRequest(response -> {
            response.setData(response.text() + "|after");
            evts.add("after");
            return response;
        });
        app.route("/", "index", args -> {
            assertThat(evts).contains("before").doesNotContain("after");
            return "request";
        });
        assertThat(evts).doesNotContain("after");
        String rv = client.get("/").text();
        assertThat(evts).contains("after");
        assertThat(rv).isEqualTo("request|after");
    }

    // Flask: tests/test_basic.py::test_request_preprocessing_early_return
    @Test
    void requestPreprocessingEarlyReturn() {
        List<Object> evts = new ArrayList<>();
        app.beforeRequest(() -> {
            evts.add(1);
            return null;
        });
        app.beforeRequest(() -> {
            evts.add(2);
            return "hello";
        });
        app.beforeRequest(() -> {
            evts.add(3);
            return "bye";
        });
        app.route("/", "index", args -> {
            evts.add("index");
            return "damnit";
        });
        assertThat(client.get("/").text().strip()).isEqualTo("hello");
        assertThat(evts).containsExactly(1, 2);
    }

    // Flask: tests/test_basic.py::test_after_request_processing
    @Test
    void afterRequestProcessing() {
        app.route("/", "index", args -> {
            afterThisRequest(response -> {
                response.headers().set("X-Foo", "a header");
                return response;
            });
            return "Test";
        });
        var resp = client.get("/");
        assertThat(resp.statusCode()).isEqualTo(200);
        assertThat(resp.header("X-Foo")).isEqualTo("a header");
    }

    // Flask: tests/test_basic.py::test_teardown_request_handler
    @Test
    void teardownRequestHandler() {
        List<Boolean> called = new ArrayList<>();
        app.teardownRequest(exc -> called.add(true));
        app.route("/", "root", args -> "Response");
        var rv = client.get("/");
        assertThat(rv.statusCode()).isEqualTo(200);
        assertThat(rv.text()).contains("Response");
        assertThat(called).hasSize(1);
    }

    // Flask: tests/test_basic.py::test_teardown_request_handler_debug_mode
    @Test
    void teardownRequestHandlerDebugMode() {
        app.config().put("DEBUG", true);
        List<Boolean> called = new ArrayList<>();
        app.teardownRequest(exc -> called.add(true));
        app.route("/", "root", args -> "Response");
        var rv = client.get("/");
        assertThat(rv.statusCode()).isEqualTo(200);
        assertThat(rv.text()).contains("Response");
        assertThat(called).hasSize(1);
    }

    // Flask: tests/test_basic.py::test_teardown_request_handler_error
    @Test
    void teardownRequestHandlerError() {
        List<Boolean> called = new ArrayList<>();
        app.setTesting(false);
        Teardown check = exc -> {
            assertThat(exc).isInstanceOf(ArithmeticException.class);
            called.add(true);
            try {
                throw new IllegalStateException();
            } catch (IllegalStateException ignored) {
                // a new error inside a teardown must not replace the one passed to the others
            }
        };
        app.teardownRequest(check);
        app.teardownRequest(check);
        app.route("/", "fails", args -> 1 / 0);
        var rv = client.get("/");
        assertThat(rv.statusCode()).isEqualTo(500);
        assertThat(rv.text()).contains("Internal Server Error");
        assertThat(called).hasSize(2);
    }

    // Flask: tests/test_basic.py::test_before_after_request_order
    @Test
    void beforeAfterRequestOrder() {
        List<Integer> called = new ArrayList<>();
        app.beforeRequest(() -> {
            called.add(1);
            return null;
        });
        app.beforeRequest(() -> {
            called.add(2);
            return null;
        });
        app.afterRequest(response -> {
            called.add(4);
            return response;
        });
        app.afterRequest(response -> {
            called.add(3);
            return response;
        });
        app.teardownRequest(exc -> called.add(6));
        app.teardownRequest(exc -> called.add(5));
        app.route("/", "index", args -> "42");
        assertThat(client.get("/").text()).isEqualTo("42");
        assertThat(called).containsExactly(1, 2, 3, 4, 5, 6);
    }

    // Flask: tests/test_basic.py::test_url_processors
    @Test
    void urlProcessors() {
        app.urlDefaults((endpoint, values) -> {
            if (!values.containsKey("lang_code") && app.urlMap().isEndpointExpecting(endpoint, "lang_code")) {
                values.put("lang_code", Globals.g().get("lang_code"));
            }
        });
        app.urlValuePreprocessor((endpoint, values) -> Globals.g().put("lang_code",
                values == null ? null : values.remove("lang_code")));
        app.route("/<lang_code>/", "index", args -> Globals.urlFor("about"));
        app.route("/<lang_code>/about", "about", args -> Globals.urlFor("something_else"));
        app.route("/foo", "something_else", args -> Globals.urlFor("about", "lang_code", "en"));
        assertThat(client.get("/de/").text()).isEqualTo("/de/about");
        assertThat(client.get("/de/about").text()).isEqualTo("/foo");
        assertThat(client.get("/foo").text()).isEqualTo("/en/about");
    }

    @Test
    void failingTeardownIsLoggedAndTheOthersStillRun() {
        List<String> called = new ArrayList<>();
        app.teardownRequest(exc -> called.add("first registered"));
        app.teardownRequest(exc -> {
            throw new IllegalStateException("broken teardown");
        });
        app.route("/", "index", args -> "ok");
        assertThat(client.get("/").text()).isEqualTo("ok");
        assertThat(called).containsExactly("first registered");
    }

    @Test
    void streamedBodyIsWrittenBeforeTeardown() {
        List<String> events = new ArrayList<>();
        app.teardownRequest(exc -> events.add("teardown"));
        app.route("/", "stream", args -> List.of("a", "b", "c").stream().peek(events::add).iterator());
        var rv = client.get("/");
        assertThat(new String(rv.data(), StandardCharsets.UTF_8)).isEqualTo("abc");
        assertThat(events).containsExactly("a", "b", "c", "teardown");
    }
}
