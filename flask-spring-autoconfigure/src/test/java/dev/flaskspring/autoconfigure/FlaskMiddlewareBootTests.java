package dev.flaskspring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flaskspring.FlaskConfigurer;
import dev.flaskspring.annotation.Get;
import dev.flaskspring.annotation.Views;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Under Boot, {@code app.addMiddleware} filters wrap Boot's dispatcher servlet: Flask routes and controllers alike. */
class FlaskMiddlewareBootTests {

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class App {
        @Bean
        FlaskConfigurer middleware() {
            return app -> app.addMiddleware((request, response, chain) -> {
                ((HttpServletResponse) response).addHeader("X-Middleware", "seen");
                chain.doFilter(request, response);
            });
        }

        @Bean
        FlaskRoutes flaskRoutes() {
            return new FlaskRoutes();
        }

        @Bean
        Controller controller() {
            return new Controller();
        }
    }

    @Views
    static class FlaskRoutes {
        @Get("/flask")
        Object flask() {
            return "flask";
        }
    }

    @RestController
    static class Controller {
        @GetMapping("/spring")
        String spring() {
            return "spring";
        }
    }

    @Test
    void middlewareRunsForFlaskRoutesAndControllers() throws Exception {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(App.class)
                .properties("server.port=0", "server.address=127.0.0.1", "spring.main.banner-mode=off").run()) {
            String base = "http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port");
            HttpClient http = HttpClient.newHttpClient();
            for (String path : new String[] {"/flask", "/spring"}) {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + path)).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(response.body()).isEqualTo(path.substring(1));
                assertThat(response.headers().allValues("X-Middleware")).containsExactly("seen");
            }
        }
    }
}
