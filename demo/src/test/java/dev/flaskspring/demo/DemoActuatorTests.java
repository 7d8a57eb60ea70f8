package dev.flaskspring.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

/**
 * The demo's Actuator: health with the database and the probe groups, request metrics by Flask rule, the URL
 * map under mappings, and no endpoint beyond those {@code application.properties} exposes.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DemoActuatorTests {

    @LocalServerPort
    int port;

    private HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private Map<?, ?> json(String path) throws Exception {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return JsonMapper.builder().build().readValue(response.body(), Map.class);
    }

    @Test
    void healthIsUpWithTheDatabaseAndNoDetails() throws Exception {
        Map<?, ?> health = json("/actuator/health");
        assertThat(health.get("status")).isEqualTo("UP");
        Map<?, ?> db = (Map<?, ?>) ((Map<?, ?>) health.get("components")).get("db");
        assertThat(db).isEqualTo(Map.of("status", "UP"));
    }

    @Test
    void livenessAndReadinessAreUp() throws Exception {
        assertThat(json("/actuator/health/liveness").get("status")).isEqualTo("UP");
        assertThat(json("/actuator/health/readiness").get("status")).isEqualTo("UP");
    }

    @Test
    void requestMetricsAreGroupedByFlaskRule() throws Exception {
        assertThat(get("/api/posts/" + 1_000_001).statusCode()).isEqualTo(404);
        assertThat(get("/api/posts/" + 1_000_002).statusCode()).isEqualTo(404);
        String rule = URLEncoder.encode("uri:/api/posts/<int:id>", StandardCharsets.UTF_8);
        Map<?, ?> metric = json("/actuator/metrics/http.server.requests?tag=" + rule + "&tag=endpoint:api.post");
        Map<?, ?> count = (Map<?, ?>) ((List<?>) metric.get("measurements")).get(0);
        assertThat(count.get("statistic")).isEqualTo("COUNT");
        assertThat(((Number) count.get("value")).intValue()).isGreaterThanOrEqualTo(2);
        String byPath = URLEncoder.encode("uri:/api/posts/1000001", StandardCharsets.UTF_8);
        assertThat(get("/actuator/metrics/http.server.requests?tag=" + byPath).statusCode()).isEqualTo(404);
    }

    @Test
    void mappingsListTheFlaskRules() throws Exception {
        assertThat(get("/actuator/mappings").body()).contains("\"flask\"", "\"rule\":\"/<int:id>/update\"",
                "\"endpoint\":\"blog.update\"", "\"endpoint\":\"api.post\"");
    }

    @Test
    void otherEndpointsAreNotExposed() throws Exception {
        for (String endpoint : List.of("env", "beans", "configprops", "heapdump", "threaddump", "loggers")) {
            assertThat(get("/actuator/" + endpoint).statusCode()).as(endpoint).isEqualTo(404);
        }
    }
}
