package dev.flaskspring.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flaskspring.Flask;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The demo on a real port: Flask routes, a Spring controller beside them, Flask's 404, and properties. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DemoApplicationTests {

    @LocalServerPort
    int port;

    @Autowired
    Flask app;

    private HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void flaskRoutesAreServed() throws Exception {
        assertThat(get("/hello").body()).isEqualTo("Hello, World!");
        assertThat(get("/api/posts/7").body()).isEqualTo("{\"error\":\"Post id 7 doesn't exist.\"}\n");
        assertThat(get("/").body()).contains("<title>Posts - Flaskr</title>");
    }

    @Test
    void springControllersKeepWorkingBesideFlask() throws Exception {
        assertThat(get("/spring/status").body()).isEqualTo("{\"status\":\"ok\"}");
    }

    @Test
    void unknownUrlsGetFlasksNotFoundPage() throws Exception {
        HttpResponse<String> rv = get("/no/such/page");
        assertThat(rv.statusCode()).isEqualTo(404);
        assertThat(rv.body()).contains("<title>404 Not Found</title>");
    }

    @Test
    void flaskPropertiesBecomeConfigKeys() {
        assertThat(app.config().get("SECRET_KEY")).isEqualTo("dev");
        assertThat(app.name()).isEqualTo("flaskr");
    }
}
