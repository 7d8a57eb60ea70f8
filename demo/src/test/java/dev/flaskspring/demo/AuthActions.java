package dev.flaskspring.demo;

import dev.flaskspring.testing.FlaskClient;
import dev.flaskspring.testing.TestResponse;
import java.util.Map;

/** Logs the test client in and out; flaskr's {@code AuthActions} in {@code conftest.py}. */
final class AuthActions {

    private final FlaskClient client;

    AuthActions(FlaskClient client) {
        this.client = client;
    }

    TestResponse login() {
        return login("test", "test");
    }

    TestResponse login(String username, String password) {
        return client.post("/auth/login", Map.of("username", username, "password", password));
    }

    TestResponse logout() {
        return client.get("/auth/logout");
    }
}
