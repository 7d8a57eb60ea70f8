package dev.flaskspring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flaskspring.annotation.Get;
import dev.flaskspring.annotation.Views;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Collection;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** With Actuator, Flask requests are timed by rule and endpoint, and the mappings endpoint lists the Flask rules. */
class FlaskActuatorBootTests {

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class App {
        @Bean
        PostViews postViews() {
            return new PostViews();
        }

        @Bean
        Status status() {
            return new Status();
        }
    }

    @Views(blueprint = "blog")
    static class PostViews {
        @Get("/<int:id>/update")
        Object update(int id) {
            return "post " + id;
        }
    }

    @RestController
    static class Status {
        @GetMapping("/status")
        String status() {
            return "up";
        }
    }

    static ConfigurableApplicationContext context;
    static String base;
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        context = new SpringApplicationBuilder(App.class).properties("server.port=0", "server.address=127.0.0.1",
                "spring.main.banner-mode=off", "management.endpoints.web.exposure.include=health,mappings,metrics")
                .run();
        base = "http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port");
    }

    @AfterAll
    static void stop() {
        context.close();
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static Collection<Timer> timers(String uri) {
        return context.getBean(MeterRegistry.class).find("http.server.requests").tag("uri", uri).timers();
    }

    /**
     * Waits until the observation of the last request is stopped: the filter stops it after the chain returns,
     * which can be after the client has read a flushed response.
     */
    private static void awaitRecorded(String uri, long count) throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (timers(uri).stream().mapToLong(Timer::count).sum() < count && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
    }

    @Test
    void requestsAreTaggedWithTheFlaskRuleAndEndpointNeverThePath() throws Exception {
        assertThat(get("/1/update").body()).isEqualTo("post 1");
        assertThat(get("/2/update").body()).isEqualTo("post 2");
        assertThat(get("/status").body()).isEqualTo("up");
        awaitRecorded("/<int:id>/update", 2);
        awaitRecorded("/status", 1);
        Collection<Timer> byRule = timers("/<int:id>/update");
        assertThat(byRule).hasSize(1);
        Timer timer = byRule.iterator().next();
        assertThat(timer.count()).isEqualTo(2);
        assertThat(timer.getId().getTag("endpoint")).isEqualTo("blog.update");
        assertThat(timer.getId().getTag("status")).isEqualTo("200");
        assertThat(timers("/1/update")).isEmpty();
        assertThat(timers("UNKNOWN")).isEmpty();
        assertThat(timers("/status").iterator().next().getId().getTag("endpoint")).isEqualTo("none");
    }

    @Test
    void theMappingsEndpointListsTheFlaskRules() throws Exception {
        String mappings = get("/actuator/mappings").body();
        assertThat(mappings).contains("\"flask\"").contains("\"rule\":\"/<int:id>/update\"")
                .contains("\"endpoint\":\"blog.update\"");
    }

    @Test
    void healthIsUp() throws Exception {
        assertThat(get("/actuator/health").body()).contains("\"status\":\"UP\"");
    }
}
