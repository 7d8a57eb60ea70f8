package dev.flaskspring.autoconfigure;

import static dev.flaskspring.Globals.request;
import static org.assertj.core.api.Assertions.assertThat;

import dev.flaskspring.FlaskConfigurer;
import dev.flaskspring.servlet.FlaskDispatcherServlet;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.support.ServletRequestHandledEvent;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.handler.SimpleUrlHandlerMapping;
import org.springframework.web.HttpRequestHandler;

/**
 * Under Boot, the {@code dispatcherServlet} is a {@link FlaskDispatcherServlet}: Flask's routes are served without
 * Spring MVC's per-request work, everything else through Spring MVC, and a mapping ordered before Flask's keeps
 * the URLs it claims. A {@code dispatcherServlet} of the app's own replaces it, Flask's routes still served.
 */
class FlaskDispatcherServletBootTests {

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class MixedApp {
        final List<String> handledEvents = new CopyOnWriteArrayList<>();

        @Bean
        FlaskConfigurer flaskRoutes() {
            return app -> {
                app.route("/flask/<path:rest>", "rest", args -> "flask " + request().path());
                app.route("/claimed", "claimed", args -> "flask " + request().path());
                app.route("/not-claimed", "notClaimed", args -> "flask " + request().path());
            };
        }

        @Bean
        SpringController springController() {
            return new SpringController();
        }

        /** A mapping ordered before Flask's, claiming one URL of Flask's. */
        @Bean
        SimpleUrlHandlerMapping earlyMapping() {
            HttpRequestHandler handler = (req, res) -> res.getOutputStream().write("early".getBytes(StandardCharsets.UTF_8));
            return new SimpleUrlHandlerMapping(Map.of("/claimed", handler), -10);
        }

        @Bean
        ApplicationListener<ServletRequestHandledEvent> handledEvents() {
            return event -> handledEvents.add(event.getRequestUrl());
        }
    }

    @RestController
    static class SpringController {
        @GetMapping("/spring")
        String spring() {
            return "spring";
        }
    }

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class OwnDispatcherApp {
        @Bean
        FlaskConfigurer flaskRoutes() {
            return app -> app.route("/hello", "hello", args -> "flask " + request().path());
        }

        @Bean
        DispatcherServlet dispatcherServlet() {
            return new DispatcherServlet();
        }
    }

    private static ConfigurableApplicationContext start(Class<?> app) {
        return new SpringApplicationBuilder(app)
                .properties("server.port=0", "server.address=127.0.0.1", "spring.main.banner-mode=off").run();
    }

    private static String get(ConfigurableApplicationContext context, String path) throws Exception {
        String port = context.getEnvironment().getProperty("local.server.port");
        HttpResponse<String> rv = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(rv.statusCode()).as(path).isEqualTo(200);
        return rv.body();
    }

    @Test
    void flaskRoutesAreServedDirectlyAndEverythingElseBySpringMvc() throws Exception {
        try (ConfigurableApplicationContext context = start(MixedApp.class)) {
            assertThat(context.getBean("dispatcherServlet")).isInstanceOf(FlaskDispatcherServlet.class);
            assertThat(get(context, "/flask/page")).isEqualTo("flask /flask/page");
            assertThat(get(context, "/spring")).isEqualTo("spring");
            assertThat(get(context, "/claimed")).isEqualTo("early");
            assertThat(get(context, "/not-claimed")).isEqualTo("flask /not-claimed");

            // Spring MVC publishes its event for each request it handles; the ones Flask served directly have none.
            List<String> events = context.getBean(MixedApp.class).handledEvents;
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (events.size() < 2 && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            assertThat(events).containsExactlyInAnyOrder("/spring", "/claimed");
        }
    }

    @Test
    void anOwnDispatcherServletServesFlasksRoutesThroughSpringMvc() throws Exception {
        try (ConfigurableApplicationContext context = start(OwnDispatcherApp.class)) {
            assertThat(context.getBean("dispatcherServlet")).isNotInstanceOf(FlaskDispatcherServlet.class);
            assertThat(get(context, "/hello")).isEqualTo("flask /hello");
        }
    }
}
