package dev.flaskspring.bench.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The benchmark jars (the flask-spring app on Mustache, the same app with the Jinja module on Jinja, and the bare
 * Tomcat servlet), started as child
 * processes on free ports, serve the five endpoints with the bytes the independent Spring MVC reference serves,
 * recorded beside this test by {@code reference/record.sh}; correctness only, nothing is timed.
 */
class BenchAppsIT {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static String reference(String name) throws IOException {
        try (InputStream in = BenchAppsIT.class.getResourceAsStream("/reference/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The recorded mimetype of an endpoint (the parameters' spelling differs between servers). */
    private static String referenceType(String name) throws IOException {
        return reference(name + ".headers").lines().filter(l -> l.toLowerCase(Locale.ROOT).startsWith("content-type:"))
                .map(l -> l.substring(l.indexOf(':') + 1).split(";")[0].strip()).findFirst().orElseThrow();
    }

    @ParameterizedTest
    @ValueSource(strings = {"bench.app.jar", "bench.app.jinja.jar:jinja", "bench.servlet.jar"})
    void servesTheReferencesBytes(String jarAndEngine, @TempDir Path workDir) throws Exception {
        String[] parts = jarAndEngine.split(":");
        Path jar = Path.of(System.getProperty(parts[0], "missing")).toAbsolutePath().normalize();
        assertThat(jar).as("the packaged benchmark jar (run mvn verify)").isRegularFile();
        int port = freePort();
        Path log = workDir.resolve("server.log");
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString()).directory(workDir.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("PORT", String.valueOf(port));
        builder.environment().remove("FLASK_SECRET_KEY");
        if (parts.length > 1) {
            builder.environment().put("FLASK_TEMPLATE_ENGINE", parts[1]);
        }
        Process server = builder.start();
        try {
            String base = "http://127.0.0.1:" + port;
            waitForFirst(base + "/plaintext", server, log);
            for (String endpoint : new String[] {"plaintext", "json", "user/42", "template"}) {
                String name = endpoint.replace('/', '-');
                HttpResponse<String> rv = get(base + "/" + endpoint, null);
                assertThat(rv.statusCode()).as(endpoint).isEqualTo(200);
                assertThat(type(rv)).as(endpoint).isEqualTo(referenceType(name));
                assertThat(rv.body()).as(endpoint).isEqualTo(reference(name + ".body"));
            }

            HttpResponse<String> rv = get(base + "/session", null);
            assertThat(rv.body()).isEqualTo(reference("session.body"));
            assertThat(type(rv)).isEqualTo(referenceType("session"));
            assertThat(rv.headers().firstValue("Vary").orElse("")).isEqualTo("Cookie");
            String cookie = rv.headers().firstValue("Set-Cookie").orElseThrow();
            assertThat(cookie).startsWith("session=").endsWith("; HttpOnly; Path=/");
            rv = get(base + "/session", cookie.substring(0, cookie.indexOf(';')));
            assertThat(rv.body()).isEqualTo("{\"counter\":2}");
            rv = get(base + "/session", "session=tampered.cookie.value");
            assertThat(rv.body()).isEqualTo("{\"counter\":1}");
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

    private void waitForFirst(String url, Process server, Path log) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            if (!server.isAlive()) {
                throw new AssertionError("the server stopped:\n" + Files.readString(log));
            }
            try {
                get(url, null);
                return;
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
