package dev.flaskspring.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two instances of the demo on one database and one secret key, each request on the other one, as nginx's round
 * robin sends them, with the {@code X-Forwarded-*} headers a proxy adds (instance A trusts them through Tomcat,
 * {@code server.forward-headers-strategy=native}, instance B through Spring's filter, {@code framework}): the
 * session cookie is all the state a user has, so users, logins and flashes cross instances, and the URLs the
 * instances build name the proxy.
 */
class ScaleOutTests {

    private static final String SECRET_KEY = "a secret key the instances share";
    private static final String PROXY = "https://flaskr.test";

    @TempDir
    static Path tempDir;

    private static List<String> database;
    private static final List<ConfigurableApplicationContext> CONTEXTS = new ArrayList<>();
    private static String instanceA;
    private static String instanceB;

    @BeforeAll
    static void startTwoInstances() {
        database = TestDatabase.POSTGRESQL ? TestDatabase.freshDatabaseArgs(tempDir)
                : List.of("--flask.database=" + tempDir.resolve("shared.sqlite"));
        instanceA = start("native", SECRET_KEY);
        instanceB = start("framework", SECRET_KEY);
    }

    @AfterAll
    static void stopThem() {
        CONTEXTS.forEach(ConfigurableApplicationContext::close);
    }

    private static String start(String forwardHeadersStrategy, String secretKey) {
        List<String> args = new ArrayList<>(database);
        args.addAll(List.of("--server.port=0", "--server.forward-headers-strategy=" + forwardHeadersStrategy,
                "--flask.secret-key=" + secretKey));
        ConfigurableApplicationContext context = new SpringApplicationBuilder(DemoApplication.class)
                .run(args.toArray(String[]::new));
        CONTEXTS.add(context);
        return "http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port");
    }

    /** A browser behind the proxy: one cookie jar, requests going to A and B in turn. */
    static final class Proxy {
        private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        private final List<String> instances;
        private int next;
        final List<String> servedBy = new ArrayList<>();

        Proxy(String... instances) {
            this.instances = List.of(instances);
        }

        HttpResponse<String> get(String path) throws Exception {
            return send(path, HttpRequest.newBuilder().GET());
        }

        HttpResponse<String> post(String path, String... keysAndValues) throws Exception {
            StringBuilder form = new StringBuilder();
            for (int i = 0; i < keysAndValues.length; i += 2) {
                form.append(form.isEmpty() ? "" : "&").append(URLEncoder.encode(keysAndValues[i], StandardCharsets.UTF_8))
                        .append('=').append(URLEncoder.encode(keysAndValues[i + 1], StandardCharsets.UTF_8));
            }
            return send(path, HttpRequest.newBuilder().header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form.toString())));
        }

        private HttpResponse<String> send(String path, HttpRequest.Builder request) throws Exception {
            String instance = instances.get(next++ % instances.size());
            servedBy.add(instance);
            return http.send(request.uri(URI.create(instance + path)).header("X-Forwarded-Host", "flaskr.test")
                    .header("X-Forwarded-Proto", "https").header("X-Forwarded-Port", "443")
                    .header("X-Forwarded-For", "203.0.113.5").build(), HttpResponse.BodyHandlers.ofString());
        }
    }

    private static void assertRedirect(HttpResponse<String> response, String location) {
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValue(location);
    }

    private static List<Map<?, ?>> posts(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(200);
        return JsonMapper.builder().build().readValue(response.body(), List.class);
    }

    @Test
    void aUserRegisteredOnOneInstanceIsLoggedInOnTheOtherAndFlashesCrossThem() throws Exception {
        Proxy browser = new Proxy(instanceA, instanceB);
        assertRedirect(browser.post("/auth/register", "username", "hopper", "password", "pw"), "/auth/login");
        assertRedirect(browser.post("/auth/login", "username", "hopper", "password", "pw"), "/");
        assertThat(browser.get("/").body()).contains("<span>hopper</span>", "Log Out");
        assertRedirect(browser.post("/create", "title", "Across", "body", "two instances"), "/");

        Map<?, ?> post = posts(browser.get("/api/posts")).stream()
                .filter(p -> p.get("title").equals("Across")).findFirst().orElseThrow();
        String url = (String) post.get("url");
        assertThat(url).isEqualTo(PROXY + "/api/posts/" + post.get("id"));
        String path = URI.create(url).getPath();
        assertThat(browser.get(path).body()).contains("\"title\":\"Across\"");

        assertRedirect(browser.post("/" + post.get("id") + "/delete"), "/");
        assertThat(browser.get("/").body()).contains("<div class=\"flash\">Post deleted: Across</div>");
        assertThat(browser.get("/").body()).doesNotContain("class=\"flash\"");

        assertRedirect(browser.get("/auth/logout"), "/");
        assertRedirect(browser.get("/create"), "/auth/login");
        assertThat(browser.servedBy).containsSequence(instanceA, instanceB, instanceA, instanceB);
    }

    @Test
    void bothInstancesBuildExternalUrlsOnTheProxy() throws Exception {
        Proxy browser = new Proxy(instanceA, instanceB);
        browser.post("/auth/register", "username", "builder", "password", "pw");
        browser.post("/auth/login", "username", "builder", "password", "pw");
        browser.post("/create", "title", "Built", "body", "");
        for (int i = 0; i < 2; i++) {
            List<Map<?, ?>> posts = posts(browser.get("/api/posts"));
            assertThat(posts).isNotEmpty().allSatisfy(p -> assertThat((String) p.get("url")).startsWith(PROXY + "/api/posts/"));
        }
        HttpResponse<String> stream = browser.get("/api/posts.ndjson");
        assertThat(stream.body().lines().collect(Collectors.toList()))
                .isNotEmpty().allSatisfy(line -> assertThat(line).contains("\"" + PROXY + "/api/posts/"));
    }

    @Test
    void anInstanceWithAnotherSecretKeyDoesNotKnowTheUser() throws Exception {
        String stranger = start("native", "another secret key");
        Proxy browser = new Proxy(instanceA, instanceB, stranger);
        browser.post("/auth/register", "username", "keyed", "password", "pw");
        browser.get("/");
        browser.get("/");
        assertRedirect(browser.post("/auth/login", "username", "keyed", "password", "pw"), "/");
        assertThat(browser.get("/").body()).contains("<span>keyed</span>");
        assertThat(browser.get("/").body()).as("the cookie signed with another key").doesNotContain("keyed")
                .contains("Log In");
    }
}
