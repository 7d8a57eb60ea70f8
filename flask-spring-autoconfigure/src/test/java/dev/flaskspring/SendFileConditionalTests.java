package dev.flaskspring;

import static dev.flaskspring.Globals.sendFile;
import static org.assertj.core.api.Assertions.assertThat;

import dev.flaskspring.testing.FlaskClient;
import dev.flaskspring.testing.TestRequest;
import dev.flaskspring.testing.TestResponse;
import dev.flaskspring.wrappers.HttpDates;
import dev.flaskspring.wrappers.Response;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code send_file} and static files answer conditional and range requests with Werkzeug's
 * {@code make_conditional}: the statuses and headers Flask 3.1.3 sends, recorded in
 * {@code vectors/werkzeug_http.json}, and a 304 without entity headers ({@code Last-Modified},
 * {@code Content-Type}, {@code Content-Length}).
 */
@ExtendWith(NoLeakedContexts.class)
class SendFileConditionalTests {

    @TempDir
    Path root;

    private Flask app() throws Exception {
        Map<String, Object> recorded = WerkzeugHttpVectors.object("static");
        Files.createDirectories(root.resolve("static"));
        Files.writeString(root.resolve("static/style.css"), (String) recorded.get("body"));
        Flask app = new Flask("static_vectors", AppOptions.builder().rootPath(root.toString()).build());
        app.config().put("TESTING", true);
        return app;
    }

    @Test
    void aNotModifiedStaticFileIsSentWithoutEntityHeaders() throws Exception {
        FlaskClient client = app().testClient();
        TestResponse first = client.get("/static/style.css");
        assertThat(first.header("Last-Modified")).isNotNull();

        TestResponse rv = client.open(TestRequest.get("/static/style.css").header("If-None-Match", first.header("ETag")));
        assertThat(rv.statusCode()).isEqualTo(304);
        assertThat(rv.header("Last-Modified")).isNull();
        assertThat(rv.header("Content-Type")).isNull();
        assertThat(rv.header("Content-Length")).isNull();
        assertThat(rv.header("ETag")).isEqualTo(first.header("ETag"));
        assertThat(rv.header("Cache-Control")).isEqualTo("no-cache");
        assertThat(rv.data()).isEmpty();

        rv = client.open(TestRequest.get("/static/style.css").header("If-Modified-Since", first.header("Last-Modified")));
        assertThat(rv.statusCode()).isEqualTo(304);
        assertThat(rv.header("Last-Modified")).isNull();
    }

    @Test
    void expiresStaysOnANotModifiedResponse() throws Exception {
        Flask app = app();
        app.config().put("SEND_FILE_MAX_AGE_DEFAULT", 60);
        FlaskClient client = app.testClient();
        String etag = client.get("/static/style.css").header("ETag");
        TestResponse rv = client.open(TestRequest.get("/static/style.css").header("If-None-Match", etag));
        assertThat(rv.statusCode()).isEqualTo(304);
        assertThat(rv.header("Expires")).isNotNull();
        assertThat(rv.header("Cache-Control")).isEqualTo("public, max-age=60");
    }

    static Stream<Map<String, Object>> recorded() {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> cases = (List<Map<String, Object>>) WerkzeugHttpVectors.object("static").get("cases");
        return cases.stream();
    }

    @ParameterizedTest(name = "{index} {0}")
    @MethodSource("recorded")
    @SuppressWarnings("unchecked")
    void staticFilesAnswerConditionalRequestsAsFlask(Map<String, Object> c) throws Exception {
        FlaskClient client = app().testClient();
        TestResponse first = client.get("/static/style.css");
        TestRequest request = TestRequest.of((String) c.get("method"), "/static/style.css");
        Map<String, String> headers = (Map<String, String>) c.get("request");
        headers.forEach((name, value) -> request.header(name, value
                .replace("{etag}", first.header("ETag")).replace("{last_modified}", first.header("Last-Modified"))));
        TestResponse rv = client.open(request);
        assertThat(rv.statusCode()).isEqualTo(((Number) c.get("status")).intValue());
        TreeSet<String> names = new TreeSet<>();
        rv.headers().forEach((name, value) -> names.add(name));
        assertThat(names).containsExactlyElementsOf(new TreeSet<>((List<String>) c.get("header_names")));
        assertThat(rv.text()).isEqualTo(c.get("body"));
    }

    // Werkzeug: tests/test_send_file.py::test_no_cache_conditional_default
    @Test
    void noCacheConditionalDefault() throws Exception {
        Flask app = app();
        Instant lastModified = LocalDate.of(2020, 7, 11).atStartOfDay().toInstant(ZoneOffset.UTC);
        String since = HttpDates.format(LocalDate.of(2020, 7, 12).atStartOfDay().toInstant(ZoneOffset.UTC));
        try (var ctx = app.testRequestContext(TestRequest.get("/").header("If-Modified-Since", since))) {
            Response rv = sendFile(Path.of("static/style.css"), SendFileOptions.builder().lastModified(lastModified).build());
            rv.close();
            assertThat(rv.headers().get("Cache-Control")).contains("no-cache");
            assertThat(rv.cacheControl().isPublic()).isFalse();
            assertThat(rv.cacheControl().maxAge()).isNull();
            assertThat(rv.expires()).isNull();
            assertThat(rv.statusCode()).isEqualTo(304);
        }
    }
}
