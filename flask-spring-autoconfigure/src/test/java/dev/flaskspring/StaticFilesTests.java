package dev.flaskspring;

import static dev.flaskspring.Globals.sendFile;
import static dev.flaskspring.Globals.sendFromDirectory;
import static dev.flaskspring.Globals.urlFor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flaskspring.exceptions.NotFound;
import dev.flaskspring.testing.FlaskClient;
import dev.flaskspring.testing.TestRequest;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Static files and {@code send_file}; ported from Flask's {@code tests/test_basic.py} (static cases) and
 * {@code tests/test_helpers.py::TestSendfile}, plus path traversal and range requests.
 */
class StaticFilesTests {

    static Path root() throws Exception {
        return Path.of(StaticFilesTests.class.getResource("/flaskapp").toURI());
    }

    static Flask app(AppOptions.Builder options) throws Exception {
        Flask app = new Flask("flask_test", options.rootPath(root().toString()).build());
        app.config().put("TESTING", true);
        return app;
    }

    // Flask: tests/test_basic.py::test_static_files
    @Test
    void staticFiles() throws Exception {
        Flask app = app(AppOptions.builder());
        var rv = app.testClient().get("/static/index.html");
        assertThat(rv.statusCode()).isEqualTo(200);
        assertThat(rv.text().strip()).isEqualTo("<h1>Hello World!</h1>");
        assertThat(rv.mimetype()).isEqualTo("text/html");
        assertThat(rv.header("Cache-Control")).isEqualTo("no-cache");
        try (var ctx = app.testRequestContext("/")) {
            assertThat(urlFor("static", "filename", "index.html")).isEqualTo("/static/index.html");
        }
    }

    // Flask: tests/test_basic.py::test_static_url_path
    @Test
    void staticUrlPath() throws Exception {
        Flask app = app(AppOptions.builder().staticUrlPath("/foo"));
        assertThat(app.testClient().get("/foo/index.html").statusCode()).isEqualTo(200);
        try (var ctx = app.testRequestContext("/")) {
            assertThat(urlFor("static", "filename", "index.html")).isEqualTo("/foo/index.html");
        }
    }

    // Flask: tests/test_basic.py::test_static_url_path_with_ending_slash
    @Test
    void staticUrlPathWithEndingSlash() throws Exception {
        Flask app = app(AppOptions.builder().staticUrlPath("/foo/"));
        assertThat(app.testClient().get("/foo/index.html").statusCode()).isEqualTo(200);
        try (var ctx = app.testRequestContext("/")) {
            assertThat(urlFor("static", "filename", "index.html")).isEqualTo("/foo/index.html");
        }
    }

    // Flask: tests/test_basic.py::test_static_url_empty_path
    @Test
    void staticUrlEmptyPath() throws Exception {
        Flask app = app(AppOptions.builder().staticFolder("").staticUrlPath(""));
        assertThat(app.testClient().get("/static/index.html").statusCode()).isEqualTo(200);
    }

    // Flask: tests/test_basic.py::test_static_folder_with_ending_slash
    @Test
    void staticFolderWithEndingSlash() throws Exception {
        Flask app = app(AppOptions.builder().staticFolder("static/"));
        app.route("/<path:path>", "catch_all", args -> args.getString("path"));
        assertThat(app.testClient().get("/catch/all").text()).isEqualTo("catch/all");
    }

    // Flask: tests/test_basic.py::test_static_route_with_host_matching
    @Test
    void staticRouteWithHostMatching() throws Exception {
        Flask app = app(AppOptions.builder().hostMatching(true).staticHost("example.com"));
        assertThat(app.testClient().get("http://example.com/static/index.html").statusCode()).isEqualTo(200);
        try (var ctx = app.testRequestContext(TestRequest.get("http://example.com/"))) {
            assertThat(urlFor("static", "filename", "index.html", "_external", true))
                    .isEqualTo("http://example.com/static/index.html");
        }
        assertThatThrownBy(() -> app(AppOptions.builder().staticHost("example.com")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> app(AppOptions.builder().hostMatching(true))).isInstanceOf(IllegalArgumentException.class);
        app(AppOptions.builder().hostMatching(true).staticFolder(null));
    }

    // Flask: tests/test_helpers.py::TestSendfile::test_send_file
    @Test
    void sendFileFromAPath() throws Exception {
        Flask app = app(AppOptions.builder());
        try (var ctx = app.testRequestContext("/")) {
            var rv = sendFile(Path.of("static/index.html"), SendFileOptions.defaults());
            assertThat(rv.mimetype()).isEqualTo("text/html");
            assertThat(rv.text()).isEqualTo("<h1>Hello World!</h1>\n");
            assertThat(rv.headers().get("Content-Length")).isEqualTo("22");
            assertThat(rv.headers().get("ETag")).startsWith("\"");
            assertThat(rv.headers().get("Last-Modified")).endsWith("GMT");
        }
    }

    // Flask: tests/test_helpers.py::TestSendfile::test_static_file
    @Test
    void staticFileMaxAge() throws Exception {
        Flask app = app(AppOptions.builder());
        try (var ctx = app.testRequestContext("/")) {
            assertThat(app.sendStaticFile("index.html").headers().get("Cache-Control")).isEqualTo("no-cache");
            assertThat(sendFile(Path.of("static/index.html"), SendFileOptions.defaults()).headers().get("Cache-Control"))
                    .isEqualTo("no-cache");
            app.config().put("SEND_FILE_MAX_AGE_DEFAULT", 3600);
            assertThat(app.sendStaticFile("index.html").headers().get("Cache-Control")).isEqualTo("public, max-age=3600");
            assertThat(sendFile(Path.of("static/index.html"), SendFileOptions.defaults()).headers().get("Cache-Control"))
                    .isEqualTo("public, max-age=3600");
            app.config().put("SEND_FILE_MAX_AGE_DEFAULT", Duration.ofSeconds(10));
            assertThat(app.sendStaticFile("index.html").headers().get("Cache-Control")).isEqualTo("public, max-age=10");
        }

        class StaticFileApp extends Flask {
            StaticFileApp() throws Exception {
                super("flask_test", AppOptions.builder().rootPath(root().toString()).build());
            }

            @Override
            public Duration getSendFileMaxAge(String filename) {
                return Duration.ofSeconds(10);
            }
        }
        Flask subclassed = new StaticFileApp();
        try (var ctx = subclassed.testRequestContext("/")) {
            assertThat(subclassed.sendStaticFile("index.html").headers().get("Cache-Control"))
                    .isEqualTo("public, max-age=10");
            assertThat(sendFile(Path.of("static/index.html"), SendFileOptions.defaults()).headers().get("Cache-Control"))
                    .isEqualTo("public, max-age=10");
        }
    }

    // Werkzeug: tests/test_send_file.py::test_max_age
    @ParameterizedTest
    @CsvSource({"0, false", "60, true"})
    void maxAge(int value, boolean isPublic) throws Exception {
        Flask app = app(AppOptions.builder());
        try (var ctx = app.testRequestContext("/")) {
            var rv = sendFile(Path.of("static/index.html"), SendFileOptions.builder().maxAge(Duration.ofSeconds(value))
                    .build());
            assertThat(rv.headers().get("Cache-Control").contains("no-cache")).isNotEqualTo(isPublic);
            assertThat(rv.cacheControl().isPublic()).isEqualTo(isPublic);
            assertThat(rv.cacheControl().maxAge()).isEqualTo(value);
            assertThat(rv.headers().get("Expires")).isNotNull();
            assertThat(rv.statusCode()).isEqualTo(200);
        }
    }

    // Werkzeug: tests/test_send_file.py::test_max_age_callable
    @Test
    void maxAgeCallable() throws Exception {
        Flask app = app(AppOptions.builder());
        List<String> asked = new ArrayList<>();
        try (var ctx = app.testRequestContext("/")) {
            var rv = sendFile(Path.of("static/index.html"), SendFileOptions.builder().maxAge(p -> {
                asked.add(p);
                return Duration.ofSeconds(10);
            }).build());
            assertThat(rv.cacheControl().maxAge()).isEqualTo(10);
            rv = sendFile(new ByteArrayInputStream(new byte[] {1}), SendFileOptions.builder().mimetype("text/plain")
                    .maxAge(p -> {
                        asked.add(p);
                        return null;
                    }).build());
            assertThat(rv.headers().get("Cache-Control")).isEqualTo("no-cache");
        }
        assertThat(asked).containsExactly(root().resolve("static/index.html").toString(), null);
    }

    // Flask: tests/test_helpers.py::TestSendfile::test_send_from_directory
    @Test
    void sendFromDirectoryServesInsideTheFolder() throws Exception {
        Flask app = app(AppOptions.builder());
        try (var ctx = app.testRequestContext("/")) {
            assertThat(sendFromDirectory("static", "css/test.css").text().strip()).isEqualTo("/* nested file */");
            assertThatThrownBy(() -> sendFromDirectory("static", "../secret.txt")).isInstanceOf(NotFound.class);
        }
    }

    @Test
    void attachmentsAndNonAsciiNames() throws Exception {
        Flask app = app(AppOptions.builder());
        try (var ctx = app.testRequestContext("/")) {
            var rv = sendFile(Path.of("static/index.html"), SendFileOptions.builder().asAttachment(true).build());
            assertThat(rv.headers().get("Content-Disposition")).isEqualTo("attachment; filename=index.html");
            rv = sendFile(new ByteArrayInputStream("x".getBytes(StandardCharsets.UTF_8)),
                    SendFileOptions.builder().asAttachment(true).downloadName("Ñandú report.txt").build());
            assertThat(rv.headers().get("Content-Disposition")).isEqualTo(
                    "attachment; filename=\"Nandu report.txt\"; filename*=UTF-8''%C3%91and%C3%BA%20report.txt");
            assertThat(rv.mimetype()).isEqualTo("text/plain");
            assertThat(rv.text()).isEqualTo("x");
            assertThatThrownBy(() -> sendFile(new ByteArrayInputStream(new byte[0]), SendFileOptions.defaults()))
                    .hasMessageContaining("Unable to detect the MIME type");
        }
    }

    @Test
    void conditionalRequestsGet304() throws Exception {
        FlaskClient client = app(AppOptions.builder()).testClient();
        var first = client.get("/static/index.html");
        String etag = first.header("ETag");
        var rv = client.open(TestRequest.get("/static/index.html").header("If-None-Match", etag));
        assertThat(rv.statusCode()).isEqualTo(304);
        assertThat(rv.data()).isEmpty();
        rv = client.open(TestRequest.get("/static/index.html").header("If-Modified-Since", first.header("Last-Modified")));
        assertThat(rv.statusCode()).isEqualTo(304);
        rv = client.open(TestRequest.get("/static/index.html").header("If-None-Match", "\"other\""));
        assertThat(rv.statusCode()).isEqualTo(200);
    }

    @Test
    void rangeRequestsGet206Or416() throws Exception {
        FlaskClient client = app(AppOptions.builder()).testClient();
        var rv = client.open(TestRequest.get("/static/range.bin").header("Range", "bytes=10-19"));
        assertThat(rv.statusCode()).isEqualTo(206);
        assertThat(rv.header("Content-Range")).isEqualTo("bytes 10-19/1024");
        assertThat(rv.data()).hasSize(10).startsWith((byte) 10);
        rv = client.open(TestRequest.get("/static/range.bin").header("Range", "bytes=-4"));
        assertThat(rv.statusCode()).isEqualTo(206);
        assertThat(rv.header("Content-Range")).isEqualTo("bytes 1020-1023/1024");
        rv = client.open(TestRequest.get("/static/range.bin").header("Range", "bytes=5000-6000"));
        assertThat(rv.statusCode()).isEqualTo(416);
        assertThat(rv.header("Content-Range")).isEqualTo("bytes */1024");
        for (String malformed : List.of("bytes=abc", "bytes=9-3", "items=0-1", "bytes=0-1,5-6", "bytes=", "=")) {
            rv = client.open(TestRequest.get("/static/range.bin").header("Range", malformed));
            assertThat(rv.statusCode()).as(malformed).isIn(200, 416);
        }
        assertThat(client.get("/static/range.bin").header("Accept-Ranges")).isEqualTo("bytes");
    }

    @ParameterizedTest
    @ValueSource(strings = {"../secret.txt", "..%2fsecret.txt", "%2e%2e/secret.txt", "%2e%2e%2fsecret.txt",
        "css/../../secret.txt", "css/%2e%2e/%2e%2e/secret.txt", "..\\secret.txt", "..%5csecret.txt",
        "/etc/passwd", "%2fetc%2fpasswd", "//etc/passwd", "C:/Windows/win.ini", "C:%5cWindows%5cwin.ini",
        "index.html%00.png", "..", "../", ".%2e/secret.txt", "%2e./secret.txt", "css/../..", "./../secret.txt",
        "css/%2E%2E/%2E%2E/secret.txt", "%252e%252e/secret.txt"})
    void pathTraversalIsA404AndReadsNothingOutside(String path) throws Exception {
        Flask app = app(AppOptions.builder());
        app.setTesting(false);
        var rv = app.testClient().get("/static/" + path);
        assertThat(rv.statusCode()).as(path).isIn(404, 308, 400);
        assertThat(rv.text()).doesNotContain("secret outside static").doesNotContain("root:");
    }

    @Test
    void blueprintStaticFolders() throws Exception {
        Flask app = app(AppOptions.builder());
        Blueprint admin = new Blueprint("admin", BlueprintOptions.builder().urlPrefix("/admin")
                .staticFolder("admin_static").staticUrlPath("/static").build());
        app.registerBlueprint(admin);
        FlaskClient client = app.testClient();
        assertThat(client.get("/admin/static/test.txt").text().strip()).isEqualTo("Admin File");
        try (var ctx = app.testRequestContext("/")) {
            assertThat(urlFor("admin.static", "filename", "test.txt")).isEqualTo("/admin/static/test.txt");
        }
    }

    @Test
    void classpathStaticFoldersWork() {
        Flask app = new Flask("cp", AppOptions.builder().staticFolder("flaskapp/static").staticUrlPath("/assets").build());
        var rv = app.testClient().get("/assets/css/test.css");
        assertThat(rv.statusCode()).isEqualTo(200);
        assertThat(rv.mimetype()).isEqualTo("text/css");
        assertThat(app.testClient().get("/assets/css").statusCode()).isEqualTo(404);
        assertThat(app.testClient().get("/assets/../flaskapp/secret.txt").statusCode()).isIn(404, 308);
    }
}
