package dev.flaskspring;

import static dev.flaskspring.Globals.jsonify;
import static dev.flaskspring.Globals.makeResponse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flaskspring.exceptions.NotFound;
import dev.flaskspring.testing.FlaskClient;
import dev.flaskspring.wrappers.Response;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.ResponseEntity;

/**
 * View return values, {@code make_response} and {@code jsonify}; ported from Flask's {@code tests/test_basic.py}.
 * <p>Python's tuple forms ({@code (body, status, headers)}) are {@code makeResponse(body, status, headers)}
 * here; the tuple-shape errors of {@code test_response_type_errors} cannot occur in Java.
 */
class ResponseTests {

    final Flask app = TestApps.flask();
    final FlaskClient client = app.testClient();

    record Data(String name) {
    }

    // Flask: tests/test_basic.py::test_response_types
    @Test
    void responseTypes() {
        app.route("/text", "from_text", args -> "Hällo Wörld");
        app.route("/bytes", "from_bytes", args -> "Hällo Wörld".getBytes(StandardCharsets.UTF_8));
        app.route("/full_tuple", "from_full_tuple", args -> makeResponse("Meh", 400,
                Map.of("X-Foo", "Testing", "Content-Type", "text/plain; charset=utf-8")));
        app.route("/text_headers", "from_text_headers", args -> makeResponse("Hello",
                Map.of("X-Foo", "Test", "Content-Type", "text/plain; charset=utf-8")));
        app.route("/text_status", "from_text_status", args -> makeResponse("Hi, status!", 400));
        app.route("/response_headers", "from_response_headers", args -> makeResponse(
                new Response("Hello world", 404, Map.of("Content-Type", "text/html", "X-Foo", "Baz"), null),
                Map.of("Content-Type", "text/plain", "X-Foo", "Bar", "X-Bar", "Foo")));
        app.route("/response_status", "from_response_status", args -> makeResponse(app.responseClass().create("Hello world", 400), 500));
        app.route("/wsgi", "from_wsgi", args -> new NotFound());
        app.route("/dict", "from_dict", args -> makeResponse(Map.of("foo", "bar"), 201));
        app.route("/list", "from_list", args -> makeResponse(List.of("foo", "bar"), 201));

        assertThat(client.get("/text").data()).isEqualTo("Hällo Wörld".getBytes(StandardCharsets.UTF_8));
        assertThat(client.get("/bytes").data()).isEqualTo("Hällo Wörld".getBytes(StandardCharsets.UTF_8));
        var rv = client.get("/full_tuple");
        assertThat(rv.text()).isEqualTo("Meh");
        assertThat(rv.header("X-Foo")).isEqualTo("Testing");
        assertThat(rv.statusCode()).isEqualTo(400);
        assertThat(rv.mimetype()).isEqualTo("text/plain");
        rv = client.get("/text_headers");
        assertThat(rv.text()).isEqualTo("Hello");
        assertThat(rv.header("X-Foo")).isEqualTo("Test");
        assertThat(rv.statusCode()).isEqualTo(200);
        assertThat(rv.mimetype()).isEqualTo("text/plain");
        rv = client.get("/text_status");
        assertThat(rv.text()).isEqualTo("Hi, status!");
        assertThat(rv.statusCode()).isEqualTo(400);
        assertThat(rv.mimetype()).isEqualTo("text/html");
        rv = client.get("/response_headers");
        assertThat(rv.text()).isEqualTo("Hello world");
        assertThat(rv.contentType()).isEqualTo("text/plain");
        assertThat(rv.headers().getAll("X-Foo")).containsExactly("Bar");
        assertThat(rv.header("X-Bar")).isEqualTo("Foo");
        assertThat(rv.statusCode()).isEqualTo(404);
        rv = client.get("/response_status");
        assertThat(rv.text()).isEqualTo("Hello world");
        assertThat(rv.statusCode()).isEqualTo(500);
        rv = client.get("/wsgi");
        assertThat(rv.text()).contains("Not Found");
        assertThat(rv.statusCode()).isEqualTo(404);
        rv = client.get("/dict");
        assertThat(rv.json()).isEqualTo(Map.of("foo", "bar"));
        assertThat(rv.statusCode()).isEqualTo(201);
        rv = client.get("/list");
        assertThat(rv.json()).isEqualTo(List.of("foo", "bar"));
        assertThat(rv.statusCode()).isEqualTo(201);
    }

    @Test
    void recordsArraysStreamsAndResponseEntities() {
        app.route("/record", "record", args -> new Data("Flask"));
        app.route("/array", "array", args -> new int[] {1, 2});
        app.route("/stream", "stream", args -> Stream.of("a", "b"));
        app.route("/entity", "entity", args -> ResponseEntity.status(202).header("X-A", "1").body(Map.of("ok", true)));
        assertThat(client.get("/record").json()).isEqualTo(Map.of("name", "Flask"));
        assertThat(client.get("/array").json()).isEqualTo(List.of(1, 2));
        assertThat(client.get("/stream").text()).isEqualTo("ab");
        var rv = client.get("/entity");
        assertThat(rv.statusCode()).isEqualTo(202);
        assertThat(rv.header("X-A")).isEqualTo("1");
        assertThat(rv.json()).isEqualTo(Map.of("ok", true));
    }

    // Flask: tests/test_basic.py::test_response_type_errors
    @Test
    void responseTypeErrors() {
        app.route("/none", "from_none", args -> null);
        app.route("/bad_type", "from_bad_type", args -> true);
        assertThatThrownBy(() -> client.get("/none")).hasMessageContaining("returned null")
                .hasMessageContaining("from_none");
        assertThatThrownBy(() -> client.get("/bad_type")).hasMessageContaining("it was a java.lang.Boolean");
    }

    // Flask: tests/test_basic.py::test_make_response
    @Test
    void makeResponseForms() {
        try (var ctx = app.testRequestContext("/")) {
            Response rv = makeResponse();
            assertThat(rv.statusCode()).isEqualTo(200);
            assertThat(rv.getData()).isEmpty();
            assertThat(rv.mimetype()).isEqualTo("text/html");
            rv = makeResponse("Awesome");
            assertThat(rv.statusCode()).isEqualTo(200);
            assertThat(rv.text()).isEqualTo("Awesome");
            assertThat(rv.mimetype()).isEqualTo("text/html");
            rv = makeResponse("W00t", 404);
            assertThat(rv.statusCode()).isEqualTo(404);
            assertThat(rv.text()).isEqualTo("W00t");
            rv = makeResponse(Stream.of("H", "e", "l", "l", "o").iterator());
            assertThat(rv.statusCode()).isEqualTo(200);
            assertThat(rv.text()).isEqualTo("Hello");
            assertThat(rv.mimetype()).isEqualTo("text/html");
        }
    }

    // Flask: tests/test_basic.py::test_make_response_with_response_instance
    @Test
    void makeResponseWithResponseInstance() {
        try (var ctx = app.testRequestContext("/")) {
            Response rv = makeResponse(jsonify(Map.of("msg", "W00t")), 400);
            assertThat(rv.statusCode()).isEqualTo(400);
            assertThat(rv.text()).isEqualTo("{\"msg\":\"W00t\"}\n");
            assertThat(rv.mimetype()).isEqualTo("application/json");
            rv = makeResponse(new Response(""), 400);
            assertThat(rv.statusCode()).isEqualTo(400);
            assertThat(rv.getData()).isEmpty();
            assertThat(rv.mimetype()).isEqualTo("text/html");
            rv = makeResponse(new Response("", 200, Map.of("Content-Type", "text/html"), null), 400,
                    Map.of("X-Foo", "bar"));
            assertThat(rv.statusCode()).isEqualTo(400);
            assertThat(rv.headers().get("Content-Type")).isEqualTo("text/html");
            assertThat(rv.headers().get("X-Foo")).isEqualTo("bar");
        }
    }

    // Flask: tests/test_basic.py::test_jsonify_no_prettyprint
    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void jsonifyNoPrettyprint(boolean compact) {
        app.json().setCompact(compact);
        String data = app.json().response(Map.of("msg", Map.of("submsg", "W00t"), "msg2", "foobar")).text().strip();
        assertThat(!data.contains(" ")).isEqualTo(compact);
        assertThat(!data.contains("\n")).isEqualTo(compact);
    }

    // Flask: tests/test_basic.py::test_jsonify_mimetype
    @Test
    void jsonifyMimetype() {
        try (var ctx = app.testRequestContext("/")) {
            app.json().setMimetype("application/vnd.api+json");
            assertThat(makeResponse(jsonify(Map.of("msg", Map.of("submsg", "W00t"))), 200).mimetype())
                    .isEqualTo("application/vnd.api+json");
        }
    }

    // Flask: tests/test_basic.py::test_json_dump_dataclass (a record is Java's dataclass)
    @Test
    void jsonDumpDataclass() {
        assertThat(app.json().loads(app.json().dumps(new Data("Flask")))).isEqualTo(Map.of("name", "Flask"));
    }

    // Flask: tests/test_basic.py::test_jsonify_args_and_kwargs_check
    @Test
    void jsonifyArgsAndKwargsCheck() {
        try (var ctx = app.testRequestContext("/")) {
            assertThatThrownBy(() -> jsonify("fake args", "kwargs", "fake"))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void jsonifyPairsAndSortedKeys() {
        try (var ctx = app.testRequestContext("/")) {
            assertThat(jsonify("b", 1, "a", "é").text()).isEqualTo("{\"a\":\"\\u00e9\",\"b\":1}\n");
        }
    }
}
