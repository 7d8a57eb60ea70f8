package dev.flaskspring.wtf;

import static dev.flaskspring.Globals.renderTemplateString;
import static org.assertj.core.api.Assertions.assertThat;

import dev.flaskspring.FlaskConfigurer;
import dev.flaskspring.annotation.Get;
import dev.flaskspring.annotation.Post;
import dev.flaskspring.annotation.Views;
import dev.flaskspring.testing.FlaskClient;
import dev.flaskspring.testing.FlaskTest;
import dev.flaskspring.testing.TestRequest;
import dev.flaskspring.testing.TestResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Under Spring Boot, the artifact alone protects the Flask views ({@code @Views}) and leaves Spring MVC's own
 * {@code @RestController}s as they are: Flask-WTF protects Flask views only.
 */
@FlaskTest
@TestPropertySource(properties = {"flask.secret-key=boot test key", "flask.testing=true"})
class CsrfBootTests {

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class BootApp {
        @Bean
        FormViews formViews() {
            return new FormViews();
        }

        @Bean
        ApiController apiController() {
            return new ApiController();
        }

        @Bean
        FlaskConfigurer csrfExemptions(CSRFProtect csrf) {
            return app -> csrf.exempt("hook");
        }
    }

    @Views
    static class FormViews {
        @Get("/form")
        String form() {
            return renderTemplateString(
                    "<form method=post><input type=hidden name=csrf_token value=\"{{csrf_token}}\"></form>");
        }

        @Post("/form")
        String submit() {
            return "submitted";
        }

        @Post("/hook")
        String hook() {
            return "hooked";
        }
    }

    @RestController
    static class ApiController {
        @PostMapping("/api/ping")
        String ping() {
            return "pong";
        }
    }

    @Autowired
    FlaskClient client;

    private static String tokenIn(String page) {
        Matcher m = Pattern.compile("name=csrf_token value=\"([^\"]+)\"").matcher(page);
        assertThat(m.find()).as(page).isTrue();
        return m.group(1);
    }

    @Test
    void aFlaskFormPostNeedsTheTokenOfItsPage() {
        TestResponse rejected = client.post("/form");
        assertThat(rejected.statusCode()).isEqualTo(400);
        assertThat(rejected.text()).contains("The CSRF token is missing.");

        String token = tokenIn(client.get("/form").text());
        assertThat(client.post("/form", Map.of("csrf_token", token)).text()).isEqualTo("submitted");
        assertThat(client.open(TestRequest.post("/form").header("X-CSRFToken", token)).text()).isEqualTo("submitted");
        assertThat(client.post("/form", Map.of("csrf_token", token + "x")).text())
                .contains("The CSRF token is invalid.");
    }

    @Test
    void aRestControllerIsNotAFlaskViewAndIsNotChecked() {
        TestResponse response = client.post("/api/ping");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.text()).isEqualTo("pong");
    }

    @Test
    void anAnnotatedViewIsExemptedByItsEndpoint() {
        assertThat(client.post("/hook").text()).isEqualTo("hooked");
    }
}
