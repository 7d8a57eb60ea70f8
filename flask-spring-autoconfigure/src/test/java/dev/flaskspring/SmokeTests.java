package dev.flaskspring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flaskspring.testing.FlaskClient;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SmokeTests {

    final Flask app = TestApps.flask();
    final FlaskClient client = app.testClient();

    @Test
    void helloWorld() {
        app.route("/", "index", args -> "Hello, World!");
        app.route("/user/<int:id>", "user", args -> Map.of("id", args.getInt("id")));
        assertThat(client.get("/").text()).isEqualTo("Hello, World!");
        assertThat(client.get("/user/42").text()).isEqualTo("{\"id\":42}\n");
        assertThat(client.get("/nope").statusCode()).isEqualTo(404);
        assertThat(client.post("/").statusCode()).isEqualTo(405);
    }
}
