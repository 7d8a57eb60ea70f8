package dev.flaskspring.demo;

import static dev.flaskspring.Globals.g;
import static dev.flaskspring.demo.FlaskrDatabase.getDb;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flaskspring.ctx.AppContext;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** flaskr's {@code tests/test_db.py}, with the {@code init-db} command run through the CLI runner. */
class DbTests extends FlaskrTestCase {

    // flaskr: tests/test_db.py::test_get_close_db
    @Test
    void getCloseDb() throws Exception {
        Db db;
        try (AppContext ctx = app.appContext()) {
            db = getDb();
            assertThat(getDb()).isSameAs(db);
        }

        assertThatThrownBy(() -> db.execute("SELECT 1"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("closed");
    }

    // flaskr: tests/test_db.py::test_init_db_command
    @Test
    void initDbCommand() throws Exception {
        dev.flaskspring.cli.CliResult result = app.testCliRunner().invoke("init-db");
        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(result.output()).contains("Initialized").isEqualTo("Initialized the database.\n");
        try (AppContext ctx = app.appContext()) {
            assertThat(getDb().fetchAll("SELECT * FROM \"user\"")).isEmpty();
        }
    }

    @Test
    void initDbDropsTheDataAndCreatesEmptyTables() throws Exception {
        try (AppContext ctx = app.appContext()) {
            assertThat(getDb().fetchAll("SELECT * FROM \"user\"")).hasSize(2);

            FlaskrDatabase.initDb();

            assertThat(getDb().fetchAll("SELECT * FROM \"user\"")).isEmpty();
            assertThat(getDb().fetchAll("SELECT * FROM post")).isEmpty();
            getDb().execute("INSERT INTO \"user\" (username, password) VALUES ('a', 'b')");
            assertThat(getDb().fetchOne("SELECT id FROM \"user\" WHERE username = 'a'").get("id")).isEqualTo(1);
        }
    }

    @Test
    void everyConnectionIsBackInThePoolBetweenStatements() throws Exception {
        try (AppContext ctx = app.appContext()) {
            getDb().fetchAll("SELECT * FROM post");
            assertThat(pool().getHikariPoolMXBean().getActiveConnections()).isZero();
        }
    }

    @Test
    void aRequestsConnectionIsClosedAtTeardown() {
        auth.login();
        try (var preserved = client.preserveContext()) {
            client.get("/");
            // g.user came from the database, and close_db has taken the connection out of g since.
            assertThat(g().get("user")).isNotNull();
            assertThat(g()).doesNotContainKey(FlaskrDatabase.G_KEY);
        }
    }

    @Test
    void timestampsAreReadAsFlaskrsConverterReadsThem() throws Exception {
        try (AppContext ctx = app.appContext()) {
            Object created = getDb().fetchOne("SELECT created FROM post WHERE id = 1").get("created");
            assertThat(created).isEqualTo(LocalDateTime.of(2018, 1, 1, 0, 0));
        }
        assertThat(Db.fromIsoFormat("2024-02-29")).isEqualTo(LocalDateTime.of(2024, 2, 29, 0, 0));
        assertThat(Db.fromIsoFormat("2024-02-29 12:30:05.25"))
                .isEqualTo(LocalDateTime.of(2024, 2, 29, 12, 30, 5, 250_000_000));
    }

    /**
     * A post written without a date gets the current UTC time, as SQLite's {@code CURRENT_TIMESTAMP} writes
     * it; on PostgreSQL also when the session's time zone is far from UTC.
     */
    @Test
    void aNewPostIsDatedInUtcWhateverTheDatabasesTimeZone() throws Exception {
        LocalDateTime created;
        try (Connection connection = pool().getConnection();
                Statement statement = connection.createStatement()) {
            if (TestDatabase.POSTGRESQL) {
                statement.execute("SET TIME ZONE 'Pacific/Kiritimati'");
            }
            statement.executeUpdate("INSERT INTO post (title, body, author_id) VALUES ('now', 'b', 1)");
            try (ResultSet rs = statement.executeQuery("SELECT created FROM post WHERE title = 'now'")) {
                rs.next();
                created = TestDatabase.POSTGRESQL ? rs.getObject(1, LocalDateTime.class)
                        : Db.fromIsoFormat(rs.getString(1));
            }
            if (TestDatabase.POSTGRESQL) {
                statement.execute("RESET TIME ZONE");
            }
        }
        // Kiritimati is 14 hours from UTC: a date taken in the session's zone would be half a day off.
        LocalDateTime utcNow = LocalDateTime.now(ZoneOffset.UTC);
        assertThat(Duration.between(created, utcNow).abs()).isLessThan(Duration.ofHours(1));
    }

    @Test
    void aDuplicateUsernameIsAnIntegrityError() throws Exception {
        try (AppContext ctx = app.appContext()) {
            assertThatThrownBy(() -> getDb().execute("INSERT INTO \"user\" (username, password) VALUES ('test', 'x')"))
                    .isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
        }
    }
}
