package dev.flaskspring.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import dev.flaskspring.Flask;
import dev.flaskspring.FlaskServer;
import dev.flaskspring.wrappers.Response;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Faults on a real server: a failing teardown, after-request function or error handler; exceptions that
 * must never show in a response outside debug; a client leaving in the middle of a streamed body.
 */
class FaultTests {

    private static final String SECRET = "the secret detail of a failure";

    private static HttpResponse<String> get(FlaskServer server, String path) throws Exception {
        return HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static void assertNoTrace(HttpResponse<String> rv) {
        assertThat(rv.body()).doesNotContain(SECRET).doesNotContain("Exception").doesNotContain("at dev.flaskspring")
                .doesNotContain("at java.");
    }

    @Test
    void aFailingTeardownIsLoggedAndTheOthersStillRun() throws Exception {
        Flask app = new Flask("faults");
        List<String> ran = new CopyOnWriteArrayList<>();
        app.route("/", "index", args -> "ok");
        app.teardownRequest(e -> ran.add("first registered"));
        app.teardownRequest(e -> {
            throw new IllegalStateException(SECRET);
        });
        app.teardownRequest(e -> ran.add("last registered"));
        app.teardownAppcontext(e -> ran.add("appcontext"));
        try (CapturedErrors logs = new CapturedErrors(); FlaskServer server = app.start("127.0.0.1", 0)) {
            HttpResponse<String> rv = get(server, "/");
            assertThat(rv.statusCode()).isEqualTo(200);
            assertThat(rv.body()).isEqualTo("ok");
            waitFor(() -> ran.size() == 3);
            assertThat(ran).containsExactly("last registered", "first registered", "appcontext");
            assertThat(logs.errors()).anyMatch(line -> line.contains("A teardown function failed"));
        }
    }

    @Test
    void aFailingAfterRequestFunctionTakesTheServerErrorPath() throws Exception {
        Flask app = new Flask("faults");
        AtomicInteger handled = new AtomicInteger();
        app.route("/", "index", args -> "ok");
        app.afterRequest(response -> {
            throw new IllegalStateException(SECRET);
        });
        app.errorHandler(500, e -> {
            handled.incrementAndGet();
            return new Response("handled by the 500 handler", 500);
        });
        try (CapturedErrors logs = new CapturedErrors(); FlaskServer server = app.start("127.0.0.1", 0)) {
            HttpResponse<String> rv = get(server, "/");
            assertThat(rv.statusCode()).isEqualTo(500);
            assertThat(rv.body()).isEqualTo("handled by the 500 handler");
            assertThat(handled.get()).isEqualTo(1);
            assertThat(logs.errors()).anyMatch(line -> line.contains("Exception on / [GET]"));
        }
    }

    @Test
    void aFailingErrorHandlerGivesThePlainServerErrorPage() throws Exception {
        Flask app = new Flask("faults");
        app.route("/", "index", args -> {
            throw new IllegalArgumentException(SECRET);
        });
        app.errorHandler(500, e -> {
            throw new IllegalStateException(SECRET + " in the handler");
        });
        try (CapturedErrors logs = new CapturedErrors(); FlaskServer server = app.start("127.0.0.1", 0)) {
            HttpResponse<String> rv = get(server, "/");
            assertThat(rv.statusCode()).isEqualTo(500);
            assertThat(rv.body()).contains("<h1>Internal Server Error</h1>");
            assertNoTrace(rv);
            assertThat(logs.errors()).hasSizeGreaterThanOrEqualTo(1);
        }
    }

    @Test
    void exceptionsNeverReachAResponseOutsideDebug() throws Exception {
        Flask app = new Flask("faults");
        app.route("/view", "view", args -> {
            throw new IllegalStateException(SECRET);
        });
        app.route("/error", "error", args -> {
            throw new OutOfMemoryError(SECRET);
        });
        app.route("/stream", "stream", args -> new Response(List.of("a", "b").stream().map(s -> {
            if (s.equals("b")) {
                throw new IllegalStateException(SECRET);
            }
            return s;
        }).iterator()));
        try (CapturedErrors logs = new CapturedErrors(); FlaskServer server = app.start("127.0.0.1", 0)) {
            HttpResponse<String> rv = get(server, "/view");
            assertThat(rv.statusCode()).isEqualTo(500);
            assertNoTrace(rv);
            HttpResponse<String> error = get(server, "/error");
            assertThat(error.statusCode()).isEqualTo(500);
            assertNoTrace(error);
            try {
                HttpResponse<String> stream = get(server, "/stream");
                assertNoTrace(stream);
            } catch (java.io.IOException cutShort) {
                // The body had started: the server can only cut the connection, which is what it must do.
            }
            assertThat(logs.atLeast(Level.ERROR)).isNotEmpty();
        }
    }

    @Test
    void aClientLeavingAStreamedResponseStillGetsItsTeardown() throws Exception {
        Flask app = new Flask("faults");
        CountDownLatch tornDown = new CountDownLatch(1);
        AtomicInteger chunks = new AtomicInteger();
        app.route("/slow", "slow", args -> new Response(new Iterator<String>() {
            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public String next() {
                chunks.incrementAndGet();
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return "x".repeat(8192);
            }
        }));
        app.teardownRequest(e -> tornDown.countDown());
        try (FlaskServer server = app.start("127.0.0.1", 0); Socket socket = new Socket("127.0.0.1", server.port())) {
            OutputStream out = socket.getOutputStream();
            out.write("GET /slow HTTP/1.1\r\nHost: localhost\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            byte[] some = in.readNBytes(20_000);
            assertThat(new String(some, StandardCharsets.ISO_8859_1)).startsWith("HTTP/1.1 200");
            socket.close();
            assertThat(tornDown.await(30, TimeUnit.SECONDS)).as("teardown ran after the client left").isTrue();
            int atTeardown = chunks.get();
            Thread.sleep(200);
            assertThat(chunks.get()).as("the body stops being produced").isEqualTo(atTeardown);
        }
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
    }
}
