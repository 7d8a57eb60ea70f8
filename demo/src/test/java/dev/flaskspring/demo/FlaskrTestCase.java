package dev.flaskspring.demo;

import static dev.flaskspring.demo.FlaskrDatabase.getDb;

import dev.flaskspring.Flask;
import dev.flaskspring.ctx.AppContext;
import dev.flaskspring.testing.FlaskClient;
import dev.flaskspring.testing.FlaskTest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * The fixtures of flaskr's {@code tests/conftest.py}: the app in testing mode on a temporary database
 * made by {@code initDb()} and seeded with flaskr's {@code data.sql}, a fresh client, and {@code auth}.
 */
@FlaskTest
@TestPropertySource(properties = "flask.testing=true")
abstract class FlaskrTestCase {

    @Autowired
    Flask app;

    @Autowired
    FlaskClient client;

    AuthActions auth;

    @TempDir
    Path tempDir;

    private Object startupDatabase;

    @BeforeEach
    void createDatabase() throws Exception {
        startupDatabase = app.config().get("DATABASE");
        app.config().put("DATABASE", tempDir.resolve("flaskr-test.sqlite").toString());
        try (AppContext ctx = app.appContext()) {
            FlaskrDatabase.initDb();
            getDb().executeScript(resource("data.sql"));
        }
        auth = new AuthActions(client);
    }

    @AfterEach
    void restoreDatabase() {
        client.close();
        app.config().put("DATABASE", startupDatabase);
    }

    static String resource(String name) throws IOException {
        try (InputStream in = FlaskrTestCase.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("No test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
