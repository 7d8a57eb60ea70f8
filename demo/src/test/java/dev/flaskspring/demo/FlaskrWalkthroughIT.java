package dev.flaskspring.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged Boot jar, started as a child process in an empty working directory on a free port, walked
 * through over HTTP as a browser would: register, log in, create, edit, delete, log out. In the PostgreSQL run
 * the jar is given a new database on the embedded server; the system property {@code flask.template-engine}
 * reaches the jar, so that the build walks through both engines' pages.
 */
class FlaskrWalkthroughIT {

    private static final Duration STARTUP = Duration.ofSeconds(180);

    @TempDir
    static Path workDir;

    private static Process process;
    private static Path log;
    private static String base;
    private static String postgresUrl;

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();

    @BeforeAll
    static void startTheJar() throws Exception {
        Path jar = Path.of(System.getProperty("demo.jar", "target/demo-0.1.0-SNAPSHOT.jar")).toAbsolutePath();
        assertThat(jar).as("the packaged demo jar (run mvn verify)").isRegularFile();
        int port = freePort();
        base = "http://127.0.0.1:" + port;
        log = workDir.resolve("demo.log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-jar", jar.toString(), "--server.port=" + port));
        if (TestDatabase.POSTGRESQL) {
            postgresUrl = TestDatabase.newPostgresDatabase();
            command.addAll(List.of("--spring.datasource.url=" + postgresUrl, "--spring.datasource.username=postgres"));
        }
        String engine = System.getProperty("flask.template-engine");
        if (engine != null) {
            command.add("--flask.template-engine=" + engine);
        }
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(workDir.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("FLASK_") || name.equals("SERVER_PORT"));
        process = builder.start();
        waitUntilServing();
    }

    /** Stops the jar with SIGTERM, which it must obey with a graceful shutdown. */
    @AfterAll
    static void stopTheJar() throws Exception {
        if (process == null) {
            return;
        }
        process.destroy();
        boolean stopped = process.waitFor(60, TimeUnit.SECONDS);
        if (!stopped) {
            process.destroyForcibly();
        }
        assertThat(stopped).as("the jar stops on SIGTERM").isTrue();
        assertThat(Files.readString(log)).contains("Graceful shutdown complete");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void waitUntilServing() throws Exception {
        HttpClient probe = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + STARTUP.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError("The demo jar exited with " + process.exitValue() + ":\n" + Files.readString(log));
            }
            try {
                HttpResponse<String> rv = probe.send(HttpRequest.newBuilder(URI.create(base + "/hello")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (rv.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // The server is not listening yet.
            }
            Thread.sleep(250);
        }
        throw new AssertionError("The demo jar did not serve within " + STARTUP + ":\n" + Files.readString(log));
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, Map<String, String> form) throws Exception {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return http.send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static Map<String, String> form(String... keysAndValues) {
        Map<String, String> form = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            form.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return form;
    }

    private static void assertRedirect(HttpResponse<String> response, String location) {
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValue(location);
        assertThat(response.body()).contains("Redirecting...");
    }

    @Test
    void registerLoginCreateEditDeleteLogout() throws Exception {
        if (TestDatabase.POSTGRESQL) {
            try (Connection connection = TestDatabase.connect(postgresUrl); Statement statement = connection.createStatement();
                    ResultSet tables = statement.executeQuery("SELECT COUNT(*) FROM information_schema.tables"
                            + " WHERE table_schema = 'public' AND table_name IN ('user', 'post', 'flyway_schema_history')")) {
                tables.next();
                assertThat(tables.getInt(1)).as("the schema made at startup").isEqualTo(3);
            }
        } else {
            assertThat(workDir.resolve("instance/flaskr.sqlite")).as("the schema made at startup").isNotEmptyFile();
        }
        HttpResponse<String> index = get("/");
        assertThat(index.statusCode()).isEqualTo(200);
        assertThat(index.body()).contains("<title>Posts - Flaskr</title>", "Register", "Log In")
                .doesNotContain("<article");

        assertThat(get("/auth/register").body()).contains("<title>Register - Flaskr</title>");
        assertRedirect(post("/auth/register", form("username", "walker", "password", "s3cret")), "/auth/login");
        assertThat(post("/auth/register", form("username", "walker", "password", "x")).body())
                .contains("<div class=\"flash\">User walker is already registered.</div>");

        assertThat(post("/auth/login", form("username", "walker", "password", "wrong")).body())
                .contains("Incorrect password.");
        assertRedirect(post("/auth/login", form("username", "walker", "password", "s3cret")), "/");
        assertThat(get("/").body()).contains("<span>walker</span>", "Log Out", "href=\"/create\"");

        assertThat(get("/create").body()).contains("<title>New Post - Flaskr</title>");
        assertRedirect(post("/create", form("title", "First walk", "body", "line one\nline two")), "/");
        index = get("/");
        assertThat(index.body()).contains("<h1>First walk</h1>", "by walker on ", "line one\nline two",
                "href=\"/1/update\"");

        assertThat(get("/1/update").body()).contains("<title>Edit \"First walk\" - Flaskr</title>",
                "value=\"First walk\"", "action=\"/1/delete\"");
        assertRedirect(post("/1/update", form("title", "Second walk", "body", "edited")), "/");
        assertThat(get("/").body()).contains("<h1>Second walk</h1>", "edited").doesNotContain("First walk");
        assertThat(get("/api/posts/1").body()).contains("\"title\":\"Second walk\"", "\"username\":\"walker\"");

        assertRedirect(post("/1/delete", form()), "/");
        assertThat(get("/").body()).contains("<div class=\"flash\">Post deleted: Second walk</div>")
                .doesNotContain("<article");
        assertThat(get("/1/update").statusCode()).isEqualTo(404);

        assertRedirect(get("/auth/logout"), "/");
        assertThat(get("/").body()).contains("Log In").doesNotContain("walker");
        assertRedirect(get("/create"), "/auth/login");
    }

    @Test
    void staticFilesAreServedWithSendFileHeaders() throws Exception {
        HttpResponse<String> css = get("/static/style.css");
        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/css"));
        assertThat(css.headers().firstValue("Cache-Control")).hasValue("no-cache");
        assertThat(css.headers().firstValue("ETag")).isPresent();
        assertThat(css.body()).contains("font-family: sans-serif;");
    }

    @Test
    void aNotModifiedStaticFileHasOnlyThePythonFlaskrHeaders() throws Exception {
        HttpResponse<String> css = get("/static/style.css");
        String etag = css.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> again = http.send(HttpRequest.newBuilder(URI.create(base + "/static/style.css"))
                .header("If-None-Match", etag).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.headers().firstValue("Last-Modified")).isEmpty();
        assertThat(again.headers().firstValue("Content-Type")).isEmpty();
        assertThat(again.headers().firstValue("ETag")).hasValue(etag);
        assertThat(again.headers().firstValue("Cache-Control")).hasValue("no-cache");
        assertThat(again.body()).isEmpty();
    }

    @Test
    void unknownPagesGetFlasksNotFound() throws Exception {
        HttpResponse<String> rv = get("/no/such/page");
        assertThat(rv.statusCode()).isEqualTo(404);
        assertThat(rv.body()).contains("<title>404 Not Found</title>");
    }
}
