package dev.flaskspring.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar as Flask's {@code flask} command, run as a child process: {@code routes} prints the
 * table and exits 0 without a server, an unknown command exits 2 naming it, {@code init-db} creates the
 * database, the {@code db} commands read and move its version, and {@code run --port P} serves. In the
 * PostgreSQL run each command is given a new database on the embedded server.
 */
class CliJarIT {

    @TempDir
    Path workDir;

    record Run(int status, String out, String err) {
    }

    private static Path jar() {
        Path jar = Path.of(System.getProperty("demo.jar", "target/demo-0.1.0-SNAPSHOT.jar")).toAbsolutePath();
        assertThat(jar).as("the packaged demo jar (run mvn verify)").isRegularFile();
        return jar;
    }

    private String postgresUrl;

    /** The jar with {@code args}, on this test's database (a PostgreSQL one made at the first call). */
    private ProcessBuilder java(String... args) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar().toString()));
        if (TestDatabase.POSTGRESQL) {
            if (postgresUrl == null) {
                postgresUrl = TestDatabase.newPostgresDatabase();
            }
            command.addAll(List.of("--spring.datasource.url=" + postgresUrl, "--spring.datasource.username=postgres"));
        }
        command.addAll(List.of(args));
        // Short-lived commands start faster with the first JIT tier only; what they do is the same.
        command.add(1, "-XX:TieredStopAtLevel=1");
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("FLASK_") || name.equals("SERVER_PORT"));
        return builder;
    }

    private Run run(String... args) throws Exception {
        Path out = workDir.resolve("out.txt");
        Path err = workDir.resolve("err.txt");
        Process process = java(args).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("the command ends by itself").isTrue();
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    @DisabledIfSystemProperty(named = "demo.database", matches = "postgresql", disabledReason = "the command line, alike on either database")
    void routesPrintsFlasksTableAndExitsWithoutAServer() throws Exception {
        Run routes = run("--server.port=" + freePort(), "routes");
        assertThat(routes.status()).as(routes.err()).isZero();
        assertThat(routes.out()).startsWith("Endpoint").contains("auth.login").contains("blog.index")
                .contains("static").doesNotContain("Tomcat");
        assertThat(routes.err()).doesNotContain("Tomcat started");
    }

    @Test
    @DisabledIfSystemProperty(named = "demo.database", matches = "postgresql", disabledReason = "the command line, alike on either database")
    void anUnknownCommandExitsWithTwoNamingItAndPointingToHelp() throws Exception {
        Run unknown = run("frobnicate");
        assertThat(unknown.status()).isEqualTo(2);
        assertThat(unknown.err()).contains("Error: No such command 'frobnicate'.").contains(" help' for help.");
        Run help = run("--help");
        assertThat(help.status()).isZero();
        assertThat(help.out()).contains("init-db").contains("routes").contains("run").contains("shell");
    }

    @Test
    void initDbCreatesTheDatabase() throws Exception {
        Run init = run("init-db");
        assertThat(init.status()).as(init.err()).isZero();
        assertThat(init.out()).isEqualTo("Initialized the database.\n");
        if (!TestDatabase.POSTGRESQL) {
            assertThat(workDir.resolve("instance/flaskr.sqlite")).isRegularFile();
        }
    }

    @Test
    void theDbCommandsAnswerWithFlaskMigratesStatuses() throws Exception {
        Run history = run("db", "history");
        assertThat(history.status()).as(history.err()).isZero();
        assertThat(history.out()).isEqualTo("<base> -> 1 (head) (current), flaskr schema\n");
        Run downgrade = run("db", "downgrade");
        assertThat(downgrade.status()).isEqualTo(1);
        assertThat(downgrade.err()).startsWith("Error: Flyway does not downgrade:").doesNotContain("\tat ");
    }

    @Test
    @DisabledIfSystemProperty(named = "demo.database", matches = "postgresql", disabledReason = "its own database URL")
    void aDatabaseThatIsDownAtStartupIsOneClearErrorAndExitStatusOne() throws Exception {
        Path out = workDir.resolve("down.txt");
        Process process = java("--server.port=" + freePort(), "--spring.datasource.url=jdbc:postgresql://127.0.0.1:"
                + freePort() + "/flaskr", "--spring.datasource.hikari.connection-timeout=1000")
                .redirectErrorStream(true).redirectOutput(out.toFile()).start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("the jar gives up by itself").isTrue();
        String log = Files.readString(out, StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(log).isEqualTo(1);
        assertThat(log).contains("APPLICATION FAILED TO START").contains("could not be reached: Connection to 127.0.0.1:")
                .contains(" refused").doesNotContain("\tat ").doesNotContain("Exception in thread");
        assertThat(log.lines().filter(line -> line.contains(" ERROR ")).count()).as(log).isEqualTo(1);
    }

    @Test
    @DisabledIfSystemProperty(named = "demo.database", matches = "postgresql", disabledReason = "the command line, alike on either database")
    void shellIsAJShellSessionWithTheAppBoundFromThePackagedJar() throws Exception {
        Path input = Files.writeString(workDir.resolve("input.txt"), "app.name()\napp.urlMap().rules().size() > 5\n");
        Path out = workDir.resolve("out.txt");
        Process shell = java("shell").redirectInput(input.toFile()).redirectErrorStream(true)
                .redirectOutput(out.toFile()).start();
        assertThat(shell.waitFor(120, TimeUnit.SECONDS)).as("the shell ends at the end of its input").isTrue();
        String output = Files.readString(out, StandardCharsets.UTF_8);
        assertThat(shell.exitValue()).as(output).isZero();
        assertThat(output).contains("App: flaskr\n").contains("$1 ==> \"flaskr\"").contains("$2 ==> true");
    }

    @Test
    @DisabledIfSystemProperty(named = "demo.database", matches = "postgresql", disabledReason = "the command line, alike on either database")
    void runServesOnThePortGivenAndSaysThatAPackagedJarDoesNotReload() throws Exception {
        int port = freePort();
        Path log = workDir.resolve("server.log");
        Process server = java("run", "--port", String.valueOf(port), "--host", "127.0.0.1", "--reload")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
            HttpResponse<String> rv = null;
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (rv == null && System.nanoTime() < deadline && server.isAlive()) {
                try {
                    rv = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/hello")).build(),
                            HttpResponse.BodyHandlers.ofString());
                } catch (IOException notYet) {
                    Thread.sleep(200);
                }
            }
            assertThat(rv).as(Files.readString(log)).isNotNull();
            assertThat(rv.statusCode()).isEqualTo(200);
            assertThat(rv.body()).isEqualTo("Hello, World!");
            assertThat(Files.readString(log)).contains("Reloading needs spring-boot-devtools on the class path");
        } finally {
            server.destroy();
            if (!server.waitFor(60, TimeUnit.SECONDS)) {
                server.destroyForcibly();
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
