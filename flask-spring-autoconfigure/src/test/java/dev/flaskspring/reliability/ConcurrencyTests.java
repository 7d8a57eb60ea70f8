package dev.flaskspring.reliability;

import static dev.flaskspring.Globals.g;
import static dev.flaskspring.Globals.request;
import static dev.flaskspring.Globals.session;
import static dev.flaskspring.Globals.streamWithContext;
import static org.assertj.core.api.Assertions.assertThat;

import dev.flaskspring.Flask;
import dev.flaskspring.FlaskServer;
import dev.flaskspring.wrappers.Response;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * 20,000 requests from 64 concurrent clients on a real server, each carrying a unique token in its path, a
 * header and its session: every answer echoes its own path, the {@code g} value its before-request
 * function set and its client's previous session value. Mixed in are views that throw, before-request
 * functions that answer early, streamed bodies and async views; after each of them the pooled thread must
 * hold no context, which the next request on it would see as a {@code g} already used.
 */
class ConcurrencyTests {

    private static final int CLIENTS = 64;
    private static final int REQUESTS = 20_000;

    static class Boom extends RuntimeException {
        Boom(String token) {
            super("boom " + token);
        }
    }

    @Test
    void noRequestSeesAnothersPathGOrSessionAndThreadsKeepNoContext() throws Exception {
        AtomicInteger leaks = new AtomicInteger();
        Flask app = new Flask("concurrent");
        app.config().put("SECRET_KEY", "a-concurrency-test-key-of-32-byt");
        app.beforeRequest(() -> {
            if (g().containsKey("seen")) {
                leaks.incrementAndGet();
            }
            g().put("seen", true);
            g().put("token", request().headers().get("X-Token"));
            return request().path().startsWith("/short/") ? "short " + g().get("token") : null;
        });
        app.route("/echo/<token>", "echo", args -> {
            Object previous = session().get("last");
            session().put("last", args.getString("token"));
            return request().path() + "|" + g().get("token") + "|" + previous;
        });
        app.route("/short/<token>", "short", args -> "not reached");
        app.route("/throws/<token>", "throws", args -> {
            throw new Boom(args.getString("token"));
        });
        app.errorHandler(Boom.class, e -> new Response(e.getMessage(), 500));
        app.route("/stream/<token>", "stream", args -> new Response(streamWithContext(
                List.of("stream ", "%path").stream().map(s -> s.equals("%path") ? request().path() : s).iterator())));
        app.route("/async/<token>", "async", args -> {
            String token = args.getString("token");
            return token.hashCode() % 2 == 0 ? CompletableFuture.supplyAsync(() -> "async " + token)
                    : (Callable<Object>) () -> "async " + request().path() + " " + g().get("token");
        });

        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        AtomicInteger done = new AtomicInteger();
        long seed = Seeds.seed();
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        try (FlaskServer server = app.start("127.0.0.1", 0)) {
            String base = "http://127.0.0.1:" + server.port();
            List<Future<?>> clients = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                int client = c;
                clients.add(pool.submit(() -> runClient(base, seed, client, failures, done)));
            }
            for (Future<?> f : clients) {
                f.get(120, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(failures).as("mismatches and errors, seed " + seed).isEmpty();
        assertThat(done.get()).isEqualTo(REQUESTS);
        assertThat(leaks.get()).as("requests that found a context left on their thread").isZero();
    }

    private static void runClient(String base, long seed, int client, ConcurrentLinkedQueue<String> failures,
            AtomicInteger done) {
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
        Random random = Seeds.random(seed + client);
        String previous = "null";
        int perClient = REQUESTS / CLIENTS + (client < REQUESTS % CLIENTS ? 1 : 0);
        for (int i = 0; i < perClient; i++) {
            String token = "c" + client + "r" + i;
            int kind = random.nextInt(100);
            String path = kind < 70 ? "/echo/" : kind < 77 ? "/throws/" : kind < 84 ? "/short/"
                    : kind < 92 ? "/stream/" : "/async/";
            try {
                HttpResponse<String> rv = http.send(HttpRequest.newBuilder(URI.create(base + path + token))
                        .header("X-Token", token).timeout(Duration.ofSeconds(30)).build(),
                        HttpResponse.BodyHandlers.ofString());
                String expected = switch (path) {
                    case "/echo/" -> "/echo/" + token + "|" + token + "|" + previous;
                    case "/throws/" -> "boom " + token;
                    case "/short/" -> "short " + token;
                    case "/stream/" -> "stream /stream/" + token;
                    default -> rv.body().startsWith("async /") ? "async /async/" + token + " " + token : "async " + token;
                };
                int status = path.equals("/throws/") ? 500 : 200;
                if (rv.statusCode() != status || !rv.body().equals(expected)) {
                    failures.add(token + ": " + rv.statusCode() + " " + rv.body() + " instead of " + expected);
                }
                if (path.equals("/echo/")) {
                    previous = token;
                }
            } catch (Exception e) {
                failures.add(token + ": " + e);
            }
            done.incrementAndGet();
        }
    }
}
