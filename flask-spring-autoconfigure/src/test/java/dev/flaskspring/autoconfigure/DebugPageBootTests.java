package dev.flaskspring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flaskspring.Flask;
import dev.flaskspring.annotation.Get;
import dev.flaskspring.annotation.Views;
import dev.flaskspring.exceptions.InternalServerError;
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

/** Under Boot, {@code flask.debug=true} shows the traceback page in place of Boot's error page. */
class DebugPageBootTests {

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class App {
        @Bean
        Pages pages() {
            return new Pages();
        }
    }

    @Views
    static class Pages {
        @Get("/boom")
        Object boom() {
            throw new IllegalStateException("boom under Boot");
        }
    }

    @Test
    void debugModeShowsTheTracebackPageAndWithoutItWerkzeugsPlainPage() throws Exception {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(App.class)
                .properties("server.port=0", "server.address=127.0.0.1", "spring.main.banner-mode=off",
                        "flask.debug=true", "flask.secret-key=boot-secret-that-stays-home")
                .run()) {
            URI uri = URI.create("http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port")
                    + "/boom");
            HttpClient http = HttpClient.newHttpClient();
            HttpRequest request = HttpRequest.newBuilder(uri).header("Accept", "text/html").build();
            HttpResponse<String> rv = http.send(request, HttpResponse.BodyHandlers.ofString());
            assertThat(rv.statusCode()).isEqualTo(500);
            assertThat(rv.body()).contains("<h1>IllegalStateException</h1>").contains("boom under Boot")
                    .contains("DebugPageBootTests.java\"</cite>").contains("Raised by <code>GET " + uri + "</code>");

            context.getBean(Flask.class).setDebug(false);
            rv = http.send(request, HttpResponse.BodyHandlers.ofString());
            assertThat(rv.statusCode()).isEqualTo(500);
            assertThat(rv.body()).isEqualTo(new InternalServerError().getBody()).doesNotContain("boot-secret");
        }
    }
}
