package dev.flaskspring;

import static dev.flaskspring.Globals.request;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Flask 3.1's request limits on a real Tomcat: {@code MAX_CONTENT_LENGTH} (also for chunked bodies),
 * {@code MAX_FORM_MEMORY_SIZE}, {@code MAX_FORM_PARTS}, per-request overrides, with Tomcat's own caps out
 * of the way, and multipart temporary files deleted after every request, failed ones included.
 */
class LimitsServerTests {

    private static final String BOUNDARY = "----flaskspringboundary";

    private final HttpClient http = HttpClient.newHttpClient();
    private Flask app;
    private FlaskServer server;

    @BeforeEach
    void serve() {
        app = new Flask("limits");
        app.config().put("MAX_CONTENT_LENGTH", 4L * 1024 * 1024);
        app.route("/upload", "upload", Set.of("POST"), args -> {
            long bytes = request().files().items().stream().mapToLong(e -> e.getValue().size()).sum();
            return request().form().size() + " fields, " + request().files().size() + " files, " + bytes + " bytes";
        });
        app.route("/fails", "fails", Set.of("POST"), args -> {
            request().files();
            throw new IllegalStateException("the view failed after reading the upload");
        });
        app.route("/small", "small", Set.of("POST"), args -> request().form().size() + " fields");
        app.beforeRequest(() -> {
            if (request().path().equals("/small")) {
                request().setMaxContentLength(200L);
            }
            return null;
        });
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    private String base() {
        if (server == null) {
            server = app.start("127.0.0.1", 0);
        }
        return "http://127.0.0.1:" + server.port();
    }

    private static byte[] multipart(int fields, int fileBytes) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (int i = 0; i < fields; i++) {
            body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"f" + i + "\"\r\n\r\nv" + i
                    + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        if (fileBytes > 0) {
            body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.bin\"\r\n"
                    + "Content-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.writeBytes(new byte[fileBytes]);
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return body.toByteArray();
    }

    private HttpResponse<String> post(String path, byte[] body, boolean chunked) throws Exception {
        HttpRequest.BodyPublisher publisher = chunked
                ? HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))
                : HttpRequest.BodyPublishers.ofByteArray(body);
        return http.send(HttpRequest.newBuilder(URI.create(base() + path))
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY).POST(publisher).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void tomcatsPartCountAndFileSizeCapsDoNotApplyButFlasksDo() throws Exception {
        HttpResponse<String> rv = post("/upload", multipart(60, 3 * 1024 * 1024), false);
        assertThat(rv.statusCode()).isEqualTo(200);
        assertThat(rv.body()).isEqualTo("60 fields, 1 files, 3145728 bytes");

        assertThat(post("/upload", multipart(1001, 0), false).statusCode()).isEqualTo(413);
        assertThat(post("/upload", multipart(1000, 0), false).statusCode()).isEqualTo(200);
    }

    @Test
    void maxContentLengthAppliesToChunkedBodiesToo() throws Exception {
        assertThat(post("/upload", multipart(1, 5 * 1024 * 1024), false).statusCode()).isEqualTo(413);
        HttpResponse<String> chunked = post("/upload", multipart(1, 5 * 1024 * 1024), true);
        assertThat(chunked.statusCode()).isEqualTo(413);
        assertThat(chunked.body()).contains("413 Request Entity Too Large");
        assertThat(post("/upload", multipart(1, 1024 * 1024), true).statusCode()).isEqualTo(200);
    }

    @Test
    void maxFormMemorySizeLimitsOneField() throws Exception {
        byte[] big = ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"text\"\r\n\r\n" + "x".repeat(600_000)
                + "\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8);
        assertThat(post("/upload", big, false).statusCode()).isEqualTo(413);
    }

    @Test
    void aUrlencodedBodyDeclaredOverMaxFormMemorySizeIsAnsweredWithoutWaitingForIt() throws Exception {
        app.route("/form", "form", Set.of("POST"), args -> request().form().size() + " fields");
        base();
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("POST /form HTTP/1.1\r\nHost: localhost\r\n"
                    + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 1000000\r\n\r\nusername=a")
                    .getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            String statusLine = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                    StandardCharsets.US_ASCII)).readLine();
            assertThat(statusLine).isEqualTo("HTTP/1.1 413 ");
        }
    }

    @Test
    void aPerRequestOverrideIsInForce() throws Exception {
        assertThat(post("/small", multipart(1, 0), false).statusCode()).isEqualTo(200);
        assertThat(post("/small", multipart(10, 0), false).statusCode()).isEqualTo(413);
    }

    @Test
    void multipartTemporaryFilesAreDeletedAfterEveryRequest() throws Exception {
        assertThat(post("/upload", multipart(2, 2 * 1024 * 1024), false).statusCode()).isEqualTo(200);
        assertThat(post("/fails", multipart(2, 2 * 1024 * 1024), false).statusCode()).isEqualTo(500);
        assertThat(post("/upload", multipart(2, 5 * 1024 * 1024), true).statusCode()).isEqualTo(413);
        assertThat(post("/upload", multipart(1001, 1024 * 1024), false).statusCode()).isEqualTo(413);
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (uploadsLeft(server.baseDir()) > 0 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(uploadsLeft(server.baseDir())).isZero();
    }

    private static long uploadsLeft(Path dir) throws Exception {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(p -> p.getFileName().toString().startsWith("upload_")).count();
        }
    }
}
