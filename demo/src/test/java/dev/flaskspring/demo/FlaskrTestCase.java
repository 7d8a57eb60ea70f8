package dev.flaskspring.demo;

import static dev.flaskspring.demo.FlaskrDatabase.getDb;

import com.zaxxer.hikari.HikariDataSource;
import dev.flaskspring.Flask;
import dev.flaskspring.ctx.AppContext;
import dev.flaskspring.migrate.Migrate;
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
 * The fixtures of flaskr's {@code tests/conftest.py}: the app in testing mode on a database emptied and
 * made again by {@code initDb()} before each test and seeded with flaskr's {@code data.sql} (its
 * PostgreSQL spelling in the PostgreSQL run), a fresh client, and {@code auth}.
 * <p>flaskr gives each test a new temporary file; here the pool of one application stays open across tests,
 * so each test starts from the same emptied and seeded database instead.
 */
@FlaskTest
@TestPropertySource(properties = {"flask.testing=true", "flask.database=flaskr-tests.sqlite"})
abstract class FlaskrTestCase {

    @Autowired
    Flask app;

    @Autowired
    FlaskClient client;

    AuthActions auth;

    @TempDir
    Path tempDir;

    @BeforeEach
    void createDatabase() throws Exception {
        try (AppContext ctx = app.appContext()) {
            FlaskrDatabase.initDb();
            getDb().executeScript(resource(TestDatabase.POSTGRESQL ? "data-postgresql.sql" : "data.sql"));
        }
        auth = new AuthActions(client);
    }

    @AfterEach
    void closeClient() {
        client.close();
    }

    /** The application's connection pool. */
    HikariDataSource pool() {
        return (HikariDataSource) ((Migrate) app.extensions().get("migrate")).dataSource();
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
