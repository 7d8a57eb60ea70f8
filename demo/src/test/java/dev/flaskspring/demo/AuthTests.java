package dev.flaskspring.demo;

import static dev.flaskspring.Globals.g;
import static dev.flaskspring.Globals.session;
import static dev.flaskspring.demo.FlaskrDatabase.getDb;
import static org.assertj.core.api.Assertions.assertThat;

import dev.flaskspring.ctx.AppContext;
import dev.flaskspring.testing.TestResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** flaskr's {@code tests/test_auth.py}, and the 400 a form without a field gets. */
class AuthTests extends FlaskrTestCase {

    // flaskr: tests/test_auth.py::test_register
    @Test
    void register() throws Exception {
        // test that viewing the page renders without template errors
        assertThat(client.get("/auth/register").statusCode()).isEqualTo(200);

        // test that successful registration redirects to the login page
        TestResponse response = client.post("/auth/register", Map.of("username", "a", "password", "a"));
        assertThat(response.headers().get("Location")).isEqualTo("/auth/login");

        // test that the user was inserted into the database
        try (AppContext ctx = app.appContext()) {
            assertThat(getDb().fetchOne("SELECT * FROM \"user\" WHERE username = 'a'")).isNotNull();
        }
    }

    // flaskr: tests/test_auth.py::test_register_validate_input
    @ParameterizedTest
    @CsvSource({
        "'', '', Username is required.",
        "a, '', Password is required.",
        "test, test, already registered",
    })
    void registerValidateInput(String username, String password, String message) {
        TestResponse response = client.post("/auth/register", Map.of("username", username, "password", password));
        assertThat(response.text()).contains(message);
    }

    // flaskr: tests/test_auth.py::test_login
    @Test
    void login() {
        // test that viewing the page renders without template errors
        assertThat(client.get("/auth/login").statusCode()).isEqualTo(200);

        // test that successful login redirects to the index page
        TestResponse response = auth.login();
        assertThat(response.headers().get("Location")).isEqualTo("/");

        // login request set the user_id in the session
        // check that the user is loaded from the session
        try (var preserved = client.preserveContext()) {
            client.get("/");
            assertThat(session().get("user_id")).isEqualTo(1);
            assertThat(((Map<?, ?>) g().get("user")).get("username")).isEqualTo("test");
        }
    }

    // flaskr: tests/test_auth.py::test_login_validate_input
    @ParameterizedTest
    @CsvSource({"a, test, Incorrect username.", "test, a, Incorrect password."})
    void loginValidateInput(String username, String password, String message) {
        TestResponse response = auth.login(username, password);
        assertThat(response.text()).contains(message);
    }

    // flaskr: tests/test_auth.py::test_logout
    @Test
    void logout() {
        auth.login();

        try (var preserved = client.preserveContext()) {
            auth.logout();
            assertThat(session()).doesNotContainKey("user_id");
        }
    }

    @Test
    void aFormWithoutAFieldIsABadRequest() {
        assertThat(client.post("/auth/register", Map.of("username", "a")).statusCode()).isEqualTo(400);
        assertThat(client.post("/auth/login", Map.of("password", "a")).statusCode()).isEqualTo(400);
    }

    @Test
    void registeredPasswordsAreStoredAsWerkzeugScryptHashes() throws Exception {
        client.post("/auth/register", Map.of("username", "a", "password", "secret"));

        try (AppContext ctx = app.appContext()) {
            String hash = (String) getDb().fetchOne("SELECT password FROM \"user\" WHERE username = 'a'").get("password");
            assertThat(hash).startsWith("scrypt:32768:8:1$").doesNotContain("secret");
        }
        assertThat(auth.login("a", "secret").headers().get("Location")).isEqualTo("/");
    }
}
