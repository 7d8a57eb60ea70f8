package dev.flaskspring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flaskspring.Globals;
import dev.flaskspring.annotation.Get;
import dev.flaskspring.annotation.Views;
import dev.flaskspring.wrappers.Request;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code server.forward-headers-strategy} ({@code native}: Tomcat's {@code RemoteIpValve}; {@code framework}:
 * Spring's {@code ForwardedHeaderFilter}) rewrites the Flask request as it rewrites Spring's: host, scheme,
 * client address, external URLs and redirects carry what the proxy forwarded.
 */
class FlaskForwardHeadersBootTests {

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class App {
        @Bean
        WhereViews whereViews() {
            return new WhereViews();
        }
    }

    @Views
    static class WhereViews {
        @Get("/where")
        Object where() {
            Request request = Globals.request();
            return Map.of("host", request.host(), "scheme", request.scheme(), "remote_addr", request.remoteAddr(),
                    "url", request.url(), "external", Globals.urlFor("where", Map.of("_external", true)));
        }

        @Get("/dir/")
        Object dir() {
            return "dir";
        }

        @Get("/later")
        Object later() {
            return (Callable<Object>) () -> Globals.urlFor("where", Map.of("_external", true));
        }
    }

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final WebApplicationContextRunner WEB = new WebApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(FlaskAutoConfiguration.class));

    private static ConfigurableApplicationContext start(String... properties) {
        return new SpringApplicationBuilder(App.class)
                .properties("server.port=0", "server.address=127.0.0.1", "spring.main.banner-mode=off")
                .properties(properties).run();
    }

    private static HttpResponse<String> get(ConfigurableApplicationContext context, String path, String... headers)
            throws Exception {
        String base = "http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port");
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static Map<?, ?> json(HttpResponse<String> response) {
        return JsonMapper.builder().build().readValue(response.body(), Map.class);
    }

    private static final String[] FORWARDED = {"X-Forwarded-Host", "example.org", "X-Forwarded-Proto", "https",
            "X-Forwarded-For", "203.0.113.7"};

    @ParameterizedTest
    @ValueSource(strings = {"native", "framework"})
    void forwardedHostSchemeAndClientReachTheFlaskRequest(String strategy) throws Exception {
        try (ConfigurableApplicationContext context = start("server.forward-headers-strategy=" + strategy)) {
            Map<?, ?> where = json(get(context, "/where?a=1", FORWARDED));
            assertThat(where.get("host")).isEqualTo("example.org");
            assertThat(where.get("scheme")).isEqualTo("https");
            assertThat(where.get("remote_addr")).isEqualTo("203.0.113.7");
            assertThat(where.get("url")).isEqualTo("https://example.org/where?a=1");
            assertThat(where.get("external")).isEqualTo("https://example.org/where");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"native", "framework"})
    void redirectsCarryTheForwardedHostAndScheme(String strategy) throws Exception {
        try (ConfigurableApplicationContext context = start("server.forward-headers-strategy=" + strategy)) {
            HttpResponse<String> response = get(context, "/dir", FORWARDED);
            assertThat(response.statusCode()).isEqualTo(308);
            assertThat(response.headers().firstValue("Location")).hasValue("https://example.org/dir/");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"native", "framework"})
    void anAsyncViewBuildsTheSameExternalUrls(String strategy) throws Exception {
        try (ConfigurableApplicationContext context = start("server.forward-headers-strategy=" + strategy)) {
            assertThat(get(context, "/later", FORWARDED).body()).isEqualTo("https://example.org/where");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"native", "framework"})
    void forwardedPortIsKept(String strategy) throws Exception {
        try (ConfigurableApplicationContext context = start("server.forward-headers-strategy=" + strategy)) {
            Map<?, ?> where = json(get(context, "/where", "X-Forwarded-Host", "example.org:8443",
                    "X-Forwarded-Port", "8443", "X-Forwarded-Proto", "https"));
            assertThat(where.get("host")).isEqualTo("example.org:8443");
            assertThat(where.get("external")).isEqualTo("https://example.org:8443/where");
        }
    }

    @Test
    void withoutAStrategyTheHostHeaderIsTheHostAsInWerkzeug() throws Exception {
        try (ConfigurableApplicationContext context = start()) {
            String port = context.getEnvironment().getProperty("local.server.port");
            Map<?, ?> where = json(get(context, "/where", FORWARDED));
            assertThat(where.get("host")).isEqualTo("127.0.0.1:" + port);
            assertThat(where.get("scheme")).isEqualTo("http");
            assertThat(where.get("remote_addr")).isEqualTo("127.0.0.1");
            assertThat(where.get("external")).isEqualTo("http://127.0.0.1:" + port + "/where");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"server.forward-headers-strategy=native", "server.forward-headers-strategy=FRAMEWORK",
            "spring.main.cloud-platform=kubernetes"})
    void theHostFilterIsThereWhereBootHandlesForwardedHeaders(String property) {
        WEB.withPropertyValues(property).run(context -> assertThat(context).hasBean("flaskServerHostFilter"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"server.forward-headers-strategy=none",
            "spring.main.cloud-platform=kubernetes,server.forward-headers-strategy=none", "flask.name=x"})
    void theHostFilterIsAbsentWhereBootLeavesForwardedHeaders(String properties) {
        WEB.withPropertyValues(properties.split(","))
                .run(context -> assertThat(context).doesNotHaveBean("flaskServerHostFilter"));
    }

    @Test
    void strategyNoneLeavesTheRequestAlone() throws Exception {
        try (ConfigurableApplicationContext context = start("server.forward-headers-strategy=none")) {
            Map<?, ?> where = json(get(context, "/where", FORWARDED));
            assertThat(where.get("scheme")).isEqualTo("http");
            assertThat(where.get("host")).isEqualTo("127.0.0.1:" + context.getEnvironment().getProperty("local.server.port"));
        }
    }
}
