package dev.flaskspring.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flaskspring.Flask;
import dev.flaskspring.testing.FlaskClient;
import dev.flaskspring.testing.FlaskTest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;

/** The demo through {@link FlaskTest}: views, a controller beside them, properties, and a replaced bean. */
@FlaskTest
class DemoFlaskTests {

    @Autowired
    FlaskClient client;

    @Autowired
    Flask app;

    @Test
    void viewsAreServed() {
        assertThat(client.get("/hello").text()).isEqualTo("Hello, World!");
        assertThat(client.get("/api/posts/3").json()).isEqualTo(java.util.Map.of("error", "Post id 3 doesn't exist."));
    }

    @Test
    void controllersAnswerThroughTheSameClient() {
        assertThat(client.get("/spring/status").text()).isEqualTo("{\"status\":\"ok\"}");
    }

    @Test
    void secretKeyComesFromApplicationProperties() {
        assertThat(app.config().get("SECRET_KEY")).isEqualTo("dev");
    }

    @Test
    void eachTestGetsAFreshClient() {
        client.setCookie("probe", "1");
        assertThat(client.getCookie("probe")).isNotNull();
    }

    @Test
    void cookiesDoNotLeakBetweenTests() {
        assertThat(client.getCookie("probe")).isNull();
    }

    /** A user's {@code Flask} bean replaces the auto-configured app; the views still register on it. */
    @Nested
    @SpringBootTest(classes = {DemoApplication.class, WithAUserFlaskBean.ReplacedApp.class})
    class WithAUserFlaskBean {

        /** Not annotated, so that no component scan outside this test picks it up. */
        static class ReplacedApp {
            @Bean
            Flask flask() {
                return new Flask("replaced");
            }
        }

        @Autowired
        Flask replaced;

        @Test
        void theUserBeanIsTheApp() {
            assertThat(replaced.name()).isEqualTo("replaced");
            assertThat(replaced.urlMap().hasEndpoint("hello")).isTrue();
        }
    }
}
