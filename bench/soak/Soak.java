import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The soak driver of the demo: virtual users go through flaskr's whole flow (register, login, create,
 * read, update, delete, logout) against a running server for a fixed time, while the server's RSS is
 * sampled every 10 seconds; it passes with no error and RSS after warm-up growing less than 10 %.
 * <p>{@code java Soak.java BASE_URL SERVER_PID SECONDS USERS} (run by {@code bench/soak.sh}).
 */
public final class Soak {

    private static final Pattern OWN_POST = Pattern.compile("href=\"/(\\d+)/update\"");

    private final String base;
    private final AtomicLong flows = new AtomicLong();
    private final AtomicLong requests = new AtomicLong();
    private final ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean running = new AtomicBoolean(true);

    private Soak(String base) {
        this.base = base;
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        long pid = Long.parseLong(args[1]);
        int seconds = Integer.parseInt(args[2]);
        int users = Integer.parseInt(args[3]);
        Soak soak = new Soak(base);
        List<Thread> threads = new ArrayList<>();
        for (int u = 0; u < users; u++) {
            int user = u;
            Thread t = new Thread(() -> soak.user(user), "soak-user-" + u);
            t.start();
            threads.add(t);
        }
        List<long[]> rss = new ArrayList<>();
        long start = System.nanoTime();
        while (System.nanoTime() - start < seconds * 1_000_000_000L) {
            Thread.sleep(Math.min(10_000, Math.max(1, seconds * 1000L - (System.nanoTime() - start) / 1_000_000)));
            long elapsed = (System.nanoTime() - start) / 1_000_000_000L;
            rss.add(new long[] {elapsed, rssKb(pid)});
            System.out.printf("t=%4ds  rss=%7d kB  flows=%d  requests=%d  errors=%d%n", elapsed,
                    rss.get(rss.size() - 1)[1], soak.flows.get(), soak.requests.get(), soak.errors.size());
        }
        soak.running.set(false);
        for (Thread t : threads) {
            t.join(30_000);
        }
        int warmup = Math.max(1, rss.size() / 5);
        long after = rss.get(Math.min(warmup, rss.size() - 1))[1];
        long last = rss.get(rss.size() - 1)[1];
        double growth = after == 0 ? 0 : 100.0 * (last - after) / after;
        boolean pass = soak.errors.isEmpty() && growth < 10.0;
        String summary = String.format("%d s, %d users: %d flows, %d requests, %.1f req/s, %d errors;"
                + " RSS after warm-up %d kB, at the end %d kB (%+.1f %%): %s", seconds, users, soak.flows.get(),
                soak.requests.get(), soak.requests.get() / (double) seconds, soak.errors.size(), after, last, growth,
                pass ? "PASS" : "FAIL");
        System.out.println(summary);
        soak.errors.stream().limit(20).forEach(e -> System.out.println("  error: " + e));
        if (args.length > 4) {
            String samples = rss.stream().map(s -> s[0] + "s=" + s[1] + "kB").collect(Collectors.joining(", "));
            Files.writeString(Path.of(args[4]), summary + "\n\nRSS samples: " + samples + "\n");
        }
        System.exit(pass ? 0 : 1);
    }

    private static long rssKb(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        return 0;
    }

    private void user(int user) {
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .connectTimeout(Duration.ofSeconds(5)).build();
        for (long i = 0; running.get(); i++) {
            String name = "soak" + user + "_" + i + "_" + System.nanoTime();
            try {
                expect(http, post("/auth/register", Map.of("username", name, "password", "pw")), 302, "register");
                expect(http, post("/auth/login", Map.of("username", name, "password", "pw")), 302, "login");
                expect(http, get("/"), 200, "index");
                expect(http, post("/create", Map.of("title", "t " + i, "body", "b " + i)), 302, "create");
                Matcher own = OWN_POST.matcher(expect(http, get("/"), 200, "index after create"));
                if (!own.find()) {
                    throw new IllegalStateException("no editable post on the index for " + name);
                }
                String id = own.group(1);
                expect(http, get("/" + id + "/update"), 200, "update form");
                expect(http, post("/" + id + "/update", Map.of("title", "t2", "body", "b2")), 302, "update");
                expect(http, post("/" + id + "/delete", Map.of()), 302, "delete");
                expect(http, get("/auth/logout"), 302, "logout");
                flows.incrementAndGet();
            } catch (Exception e) {
                errors.add(e.toString());
            }
        }
    }

    private HttpRequest get(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30)).build();
    }

    private HttpRequest post(String path, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private String expect(HttpClient http, HttpRequest request, int status, String step) throws Exception {
        HttpResponse<String> rv = http.send(request, HttpResponse.BodyHandlers.ofString());
        requests.incrementAndGet();
        if (rv.statusCode() != status) {
            throw new IllegalStateException(step + ": " + request.method() + " " + request.uri().getPath() + " gave "
                    + rv.statusCode() + " instead of " + status);
        }
        return rv.body();
    }
}
