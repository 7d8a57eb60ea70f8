package dev.flaskspring;

import static dev.flaskspring.Globals.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flaskspring.exceptions.BadRequest;
import dev.flaskspring.exceptions.UnsupportedMediaType;
import dev.flaskspring.testing.FlaskClient;
import dev.flaskspring.testing.TestRequest;
import dev.flaskspring.wrappers.FileStorage;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The request object; ported from Flask's {@code tests/test_request.py}, plus Werkzeug request basics. */
class RequestTests {

    final Flask app = TestApps.flask();
    final FlaskClient client = app.testClient();

    // Flask: tests/test_request.py::test_max_content_length
    @Test
    void maxContentLength() {
        app.config().put("MAX_CONTENT_LENGTH", 50);
        app.post("/", "index", args -> request().form().require("myfile"));
        app.errorHandler(413, error -> "42");
        assertThat(client.post("/", Map.of("myfile", "foo".repeat(50))).text()).isEqualTo("42");
    }

    // Flask: tests/test_request.py::test_limit_config
    @Test
    void limitConfig() {
        app.config().put("MAX_CONTENT_LENGTH", 100);
        app.config().put("MAX_FORM_MEMORY_SIZE", 50);
        app.config().put("MAX_FORM_PARTS", 3);
        try (var ctx = app.testRequestContext("/")) {
            assertThat(request().maxContentLength()).isEqualTo(100);
            assertThat(request().maxFormMemorySize()).isEqualTo(50);
            assertThat(request().maxFormParts()).isEqualTo(3);
            request().setMaxContentLength(90L);
            request().setMaxFormMemorySize(30L);
            request().setMaxFormParts(4);
            assertThat(request().maxContentLength()).isEqualTo(90);
            assertThat(request().maxFormMemorySize()).isEqualTo(30);
            assertThat(request().maxFormParts()).isEqualTo(4);
        }
    }

    // Flask: tests/test_request.py::test_trusted_hosts_config
    @Test
    void trustedHostsConfig() {
        app.config().put("TRUSTED_HOSTS", List.of("example.test", ".other.test"));
        app.get("/", "index", args -> "");
        assertThat(client.open(TestRequest.get("/").baseUrl("http://example.test")).statusCode()).isEqualTo(200);
        assertThat(client.open(TestRequest.get("/").baseUrl("http://a.other.test")).statusCode()).isEqualTo(200);
        assertThat(client.open(TestRequest.get("/").baseUrl("http://bad.test")).statusCode()).isEqualTo(400);
    }

    @Test
    void urlParts() {
        app.config().put("APPLICATION_ROOT", "/app");
        try (var ctx = app.testRequestContext(TestRequest.get("/a b/c?x=1&y=%C3%A9").baseUrl("http://example.com:8080/app"))) {
            var r = request();
            assertThat(r.path()).isEqualTo("/a b/c");
            assertThat(r.scriptRoot()).isEqualTo("/app");
            assertThat(r.fullPath()).isEqualTo("/a b/c?x=1&y=%C3%A9");
            assertThat(r.host()).isEqualTo("example.com:8080");
            assertThat(r.hostUrl()).isEqualTo("http://example.com:8080/");
            assertThat(r.urlRoot()).isEqualTo("http://example.com:8080/app/");
            assertThat(r.baseUrl()).isEqualTo("http://example.com:8080/app/a%20b/c");
            assertThat(r.url()).isEqualTo("http://example.com:8080/app/a%20b/c?x=1&y=%C3%A9");
            assertThat(r.args().get("y")).isEqualTo("é");
            assertThat(r.scheme()).isEqualTo("http");
            assertThat(r.isSecure()).isFalse();
        }
    }

    @Test
    void argsFormValuesAndMultiDict() {
        app.route("/", "index", Set.of("GET", "POST"), args -> {
            var r = request();
            return Map.of("args", r.args().getList("a"), "form", r.form().toMultiValueMap(),
                    "values", r.values().getList("a"), "n", String.valueOf(r.args().get("n", (String s) -> Integer.valueOf(s))));
        });
        var rv = client.open(TestRequest.post("/?a=1&a=2&n=x").form(Map.of("a", "3")));
        assertThat(rv.json()).isEqualTo(Map.of("args", List.of("1", "2"), "form", Map.of("a", List.of("3")),
                "values", List.of("1", "2", "3"), "n", "null"));
        rv = client.open(TestRequest.get("/?a=1").form(Map.of("a", "3")));
        assertThat(rv.jsonMap().get("values")).isEqualTo(List.of("1"));
    }

    @Test
    void missingFormKeyIsA400() {
        app.post("/", "index", args -> request().form().require("title"));
        app.setTesting(false);
        var rv = client.post("/", Map.of("body", "x"));
        assertThat(rv.statusCode()).isEqualTo(400);
        assertThat(rv.text()).contains("<title>400 Bad Request</title>");
    }

    @Test
    void jsonBodies() {
        app.post("/", "index", args -> Map.of("got", request().json()));
        app.post("/silent", "silent", args -> String.valueOf(request().getJson(false, true)));
        app.post("/force", "force", args -> Map.of("got", request().getJson(true, false)));
        assertThat(client.open(TestRequest.post("/").json(Map.of("a", 1))).json()).isEqualTo(Map.of("got", Map.of("a", 1)));
        assertThat(client.open(TestRequest.post("/").data("{\"a\":1}").contentType("text/plain")).statusCode())
                .isEqualTo(415);
        assertThat(client.open(TestRequest.post("/").data("{bad").contentType("application/json")).statusCode())
                .isEqualTo(400);
        assertThat(client.open(TestRequest.post("/silent").data("{bad").contentType("application/json")).text())
                .isEqualTo("null");
        assertThat(client.open(TestRequest.post("/force").data("[1]").contentType("text/plain")).json())
                .isEqualTo(Map.of("got", List.of(1)));
        app.config().put("TRAP_HTTP_EXCEPTIONS", true);
        assertThatThrownBy(() -> client.open(TestRequest.post("/").data("{}").contentType("text/plain")))
                .isInstanceOf(UnsupportedMediaType.class);
        assertThatThrownBy(() -> client.open(TestRequest.post("/").data("{bad").contentType("application/json")))
                .isInstanceOf(BadRequest.class);
    }

    @Test
    void filesAndRawData() {
        app.post("/upload", "upload", args -> {
            FileStorage f = request().files().require("file");
            return f.filename() + ":" + new String(f.readAllBytes(), StandardCharsets.UTF_8) + ":" + request().form().get("title");
        });
        app.post("/raw", "raw", args -> request().getDataAsText() + "|" + request().mimetype());
        var rv = client.open(TestRequest.post("/upload").form(Map.of("title", "T"))
                .file(FileStorage.of("file", "a.txt", "text/plain", "hello".getBytes(StandardCharsets.UTF_8))));
        assertThat(rv.text()).isEqualTo("a.txt:hello:T");
        rv = client.open(TestRequest.post("/raw").data("raw body").contentType("text/plain; charset=utf-8"));
        assertThat(rv.text()).isEqualTo("raw body|text/plain");
    }

    @Test
    void headersAndCookies() {
        app.route("/", "index", args -> request().headers().get("x-custom") + "|" + request().cookies().get("c") + "|"
                + request().userAgent());
        client.setCookie("c", "v");
        var rv = client.open(TestRequest.get("/").header("X-Custom", "1").header("User-Agent", "ua"));
        assertThat(rv.text()).isEqualTo("1|v|ua");
    }

    @Test
    void endpointAndBlueprintOfTheRequest() {
        Blueprint bp = new Blueprint("bp", "/bp");
        bp.route("/x", "x", args -> request().endpoint() + "|" + request().blueprint() + "|" + request().blueprints());
        app.registerBlueprint(bp);
        assertThat(client.get("/bp/x").text()).isEqualTo("bp.x|bp|[bp]");
    }
}
