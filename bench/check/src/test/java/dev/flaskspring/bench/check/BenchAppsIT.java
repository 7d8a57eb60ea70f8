package dev.flaskspring.bench.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Both benchmark jars, the flask-spring app (on Mustache, and on Jinja) and the plain Spring MVC baseline, started
 * as child processes on free ports, serve the five endpoints with the same status, type and body; correctness only.
 */
class BenchAppsIT {

    /** The /template page, the same bytes from every app and engine. */
    private static final String PAGE = """
            <!doctype html>
            <html lang="en">
            <head><title>Items</title></head>
            <body>
            <nav><a href="/">Home</a></nav>
            <main><p class="warning">&lt;script&gt;alert(1)&lt;/script&gt;</p>
            <ul>
            %s</ul></main>
            </body>
            </html>
            """.formatted(items());

    private static String items() {
        StringBuilder out = new StringBuilder();
        for (int i = 1; i <= 10; i++) {
            out.append("<li><a href=\"/item/").append(i).append("\">Item ").append(i).append("</a></li>\n");
        }
        return out.toString();
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @ParameterizedTest
    @ValueSource(strings = {"bench.app.jar", "bench.app.jar:jinja", "bench.baseline.jar"})
    void servesTheFiveEndpoints(String jarAndEngine, @org.junit.jupiter.api.io.TempDir Path workDir) throws Exception {
        String jarProperty = jarAndEngine.split(":")[0];
        Path jar = Path.of(System.getProperty(jarProperty, "missing")).toAbsolutePath().normalize();
        assertThat(jar).as("the packaged benchmark jar (run mvn verify)").isRegularFile();
        int port = freePort();
        Path log = workDir.resolve("server.log");
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString()).directory(workDir.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("PORT", String.valueOf(port));
        builder.environment().remove("FLASK_SECRET_KEY");
        if (jarAndEngine.contains(":")) {
            builder.environment().put("FLASK_TEMPLATE_ENGINE", jarAndEngine.split(":")[1]);
        }
        Process server = builder.start();
        try {
            String base = "http://127.0.0.1:" + port;
            HttpResponse<String> rv = waitForFirst(base + "/plaintext", server, log);
            assertThat(rv.statusCode()).isEqualTo(200);
            assertThat(rv.body()).isEqualTo("Hello, World!");
            assertThat(type(rv)).isEqualTo("text/plain");

            rv = get(base + "/json", null);
            assertThat(rv.statusCode()).isEqualTo(200);
            assertThat(type(rv)).isEqualTo("application/json");
            assertThat(rv.body().strip()).isEqualTo("{\"message\":\"Hello, World!\"}");

            rv = get(base + "/user/42", null);
            assertThat(rv.statusCode()).isEqualTo(200);
            assertThat(type(rv)).isEqualTo("application/json");
            assertThat(rv.body().strip()).isEqualTo("{\"id\":42}");

            rv = get(base + "/template", null);
            assertThat(rv.statusCode()).isEqualTo(200);
            assertThat(type(rv)).isEqualTo("text/html");
            assertThat(rv.body()).contains("<title>Items</title>").contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                    .doesNotContain("<script>").contains("<li><a href=\"/item/10\">Item 10</a></li>");
            assertThat(rv.body().split("<li>", -1)).hasSize(11);
            assertThat(rv.body()).isEqualTo(PAGE);

            rv = get(base + "/session", null);
            assertThat(rv.body()).isEqualTo("1");
            String cookie = rv.headers().firstValue("Set-Cookie").orElseThrow();
            assertThat(cookie).startsWith("session=").contains("HttpOnly").contains("Path=/");
            rv = get(base + "/session", cookie.substring(0, cookie.indexOf(';')));
            assertThat(rv.statusCode()).isEqualTo(200);
            assertThat(type(rv)).isEqualTo("text/plain");
            assertThat(rv.body()).isEqualTo("2");
            rv = get(base + "/session", "session=tampered.cookie.value");
            assertThat(rv.body()).isEqualTo("1");
        } finally {
            server.destroy();
            if (!server.waitFor(60, TimeUnit.SECONDS)) {
                server.destroyForcibly();
            }
        }
    }

    private static String type(HttpResponse<String> rv) {
        return rv.headers().firstValue("Content-Type").orElse("").split(";")[0].strip();
    }

    private HttpResponse<String> get(String url, String cookie) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30));
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> waitForFirst(String url, Process server, Path log) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            if (!server.isAlive()) {
                throw new AssertionError("the server stopped:\n" + Files.readString(log));
            }
            try {
                return get(url, null);
            } catch (IOException notYet) {
                Thread.sleep(100);
            }
        }
        throw new AssertionError("no answer within 120 s:\n" + Files.readString(log));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
