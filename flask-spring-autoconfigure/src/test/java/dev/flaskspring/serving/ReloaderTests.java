package dev.flaskspring.serving;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reloader of {@code app.run}, end to end: {@link ReloadingApp} runs in a child JVM, which runs the serving
 * JVM; changing a watched file makes a new serving process that serves the new content. Waits are bounded polls.
 */
class ReloaderTests {

    private static final Duration PATIENCE = Duration.ofSeconds(90);

    @TempDir
    Path folder;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private Path resources;
    private Path extraFile;
    private Path log;
    private Process parent;
    private int port;

    @BeforeEach
    void startTheAppWithTheReloader() throws IOException {
        resources = Files.createDirectories(folder.resolve("resources"));
        Files.writeString(resources.resolve("reload-message.txt"), "one");
        extraFile = Files.writeString(folder.resolve("settings.txt"), "first");
        log = folder.resolve("app.log");
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classPath = System.getProperty("java.class.path") + File.pathSeparator + resources;
        parent = new ProcessBuilder(java, "-cp", classPath, ReloadingApp.class.getName(), String.valueOf(port),
                extraFile.toString()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    @AfterEach
    void stopTheAppAndItsChild() throws InterruptedException {
        parent.descendants().forEach(ProcessHandle::destroy);
        parent.destroy();
        parent.waitFor();
    }

    @Test
    void aChangedClassPathResourceRestartsTheServingProcess() throws Exception {
        String before = awaitBody("/resource", body -> body.startsWith("one "));
        modify(resources.resolve("reload-message.txt"), "two");
        String after = awaitBody("/resource", body -> body.startsWith("two "));
        assertThat(pid(after)).isNotEqualTo(pid(before)).isNotEqualTo(parent.pid());
        assertThat(parent.isAlive()).isTrue();
        assertThat(Files.readString(log)).contains(" * Detected change in '"
                + resources.resolve("reload-message.txt").toAbsolutePath() + "', reloading");
    }

    @Test
    void aChangedExtraFileRestartsTheServingProcess() throws Exception {
        String before = awaitBody("/extra", body -> body.startsWith("first "));
        modify(extraFile, "second");
        String after = awaitBody("/extra", body -> body.startsWith("second "));
        assertThat(pid(after)).isNotEqualTo(pid(before));
    }

    /** Writes {@code content} with a modification time surely later than the one the reloader saw. */
    private static void modify(Path file, String content) throws IOException {
        Instant seen = Files.getLastModifiedTime(file).toInstant();
        Files.writeString(file, content);
        Files.setLastModifiedTime(file, FileTime.from(seen.plusSeconds(2)));
    }

    private String awaitBody(String path, Predicate<String> wanted) throws Exception {
        Instant deadline = Instant.now().plus(PATIENCE);
        String last = null;
        while (Instant.now().isBefore(deadline)) {
            assertThat(parent.isAlive()).as("the reloader process is running; its log:%n%s", readLog()).isTrue();
            try {
                HttpResponse<String> rv = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                last = rv.body();
                if (rv.statusCode() == 200 && wanted.test(last)) {
                    return last;
                }
            } catch (IOException notYetServing) {
                last = notYetServing.toString();
            }
            Thread.sleep(200);
        }
        throw new AssertionError("No wanted answer on " + path + " in " + PATIENCE + "; last: " + last + "\n"
                + readLog());
    }

    private static long pid(String body) {
        return Long.parseLong(body.substring(body.indexOf(' ') + 1));
    }

    private String readLog() throws IOException {
        return Files.exists(log) ? Files.readString(log) : "";
    }
}
