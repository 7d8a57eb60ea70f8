package dev.flaskspring.demo;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.flaskspring.testing.TestResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.slf4j.LoggerFactory;

/**
 * The demo when its database fails: a locked or unreadable SQLite file gives a 500 page, logged once, keeps
 * the data of earlier requests, and the app works again once the file is back. The file faults are SQLite's;
 * on either database every request gives back its connections.
 */
class DemoFaultTests extends FlaskrTestCase {

    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    private final ListAppender<ILoggingEvent> logs = new ListAppender<>();

    @BeforeEach
    void serveAsInProduction() {
        app.config().put("PROPAGATE_EXCEPTIONS", false);
        logs.start();
        root.addAppender(logs);
    }

    @AfterEach
    void restore() {
        root.detachAppender(logs);
        app.config().remove("PROPAGATE_EXCEPTIONS");
    }

    private List<ILoggingEvent> errors() {
        return logs.list.stream().filter(e -> e.getLevel().isGreaterOrEqual(Level.ERROR)).toList();
    }

    private Path database() {
        return Path.of(app.config().getString("DATABASE"));
    }

    private void writeAPost() {
        auth.login();
        assertThat(client.post("/create", Map.of("title", "kept", "body", "written before the fault")).statusCode())
                .isEqualTo(302);
    }

    private void assertThePostIsStillThere() {
        TestResponse rv = client.get("/");
        assertThat(rv.statusCode()).isEqualTo(200);
        assertThat(rv.text()).contains("kept").contains("written before the fault");
    }

    @Test
    @DisabledIfSystemProperty(named = "demo.database", matches = "postgresql", disabledReason = "a SQLite file's lock")
    void aLockedDatabaseIsA500LoggedOnceAndWorksAgainWhenReleased() throws Exception {
        writeAPost();
        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + database());
                Statement lock = other.createStatement()) {
            lock.execute("BEGIN EXCLUSIVE");
            TestResponse rv = client.get("/");
            assertThat(rv.statusCode()).isEqualTo(500);
            assertThat(rv.text()).contains("Internal Server Error").doesNotContain("SQLITE").doesNotContain("locked");
            assertThat(errors()).hasSize(1);
            lock.execute("ROLLBACK");
        }
        assertThePostIsStillThere();
        assertNothingHeld();
    }

    /**
     * The pool keeps its connections on the file they opened, so the test has them reopened (as a restart
     * would) once the file is replaced and once it is back.
     */
    @Test
    @DisabledIfSystemProperty(named = "demo.database", matches = "postgresql", disabledReason = "a SQLite file replaced")
    void anUnreadableDatabaseIsA500AndWorksAgainWhenTheFileIsBack() throws Exception {
        writeAPost();
        Path aside = database().resolveSibling("flaskr-aside.sqlite");
        Files.move(database(), aside);
        Files.writeString(database(), "this is not a database, whatever its name says ".repeat(200));
        pool().getHikariPoolMXBean().softEvictConnections();
        try {
            TestResponse rv = client.get("/");
            assertThat(rv.statusCode()).isEqualTo(500);
            assertThat(rv.text()).contains("Internal Server Error").doesNotContain("not a database");
            assertThat(errors()).hasSize(1);
        } finally {
            Files.move(aside, database(), StandardCopyOption.REPLACE_EXISTING);
            pool().getHikariPoolMXBean().softEvictConnections();
        }
        assertThePostIsStillThere();
        assertNothingHeld();
    }

    @Test
    void everyRequestClosesItsConnection() {
        auth.login();
        for (String path : List.of("/", "/create", "/1/update", "/api/posts", "/api/posts/1", "/api/posts/99")) {
            client.get(path);
            assertNothingHeld();
        }
    }

    private void assertNothingHeld() {
        assertThat(Db.openHandles()).as("databases of app contexts still open").isZero();
        assertThat(pool().getHikariPoolMXBean().getActiveConnections()).as("connections out of the pool").isZero();
    }
}
