package dev.flaskspring.migrate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flaskspring.AppOptions;
import dev.flaskspring.Flask;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Flask-SQLAlchemy's database URLs as JDBC URLs, user and password. */
class DatabaseUriTests {

    private static final Path INSTANCE = Path.of("/srv/app/instance");

    @Test
    void aRelativeSqliteFileIsInTheInstanceFolder() {
        DatabaseUri uri = DatabaseUri.parse("sqlite:///flaskr.sqlite", INSTANCE);
        assertThat(uri.jdbcUrl()).isEqualTo("jdbc:sqlite:/srv/app/instance/flaskr.sqlite");
        assertThat(uri.sqliteFile()).isEqualTo(INSTANCE.resolve("flaskr.sqlite"));
        assertThat(uri.username()).isNull();
        assertThat(DatabaseUri.parse("sqlite:///data/app.db", INSTANCE).jdbcUrl())
                .isEqualTo("jdbc:sqlite:/srv/app/instance/data/app.db");
    }

    @Test
    void fourSlashesMakeAnAbsoluteSqlitePath() {
        assertThat(DatabaseUri.parse("sqlite:////var/lib/app.db", INSTANCE).jdbcUrl())
                .isEqualTo("jdbc:sqlite:/var/lib/app.db");
    }

    @ParameterizedTest
    @CsvSource({"sqlite://", "sqlite:///:memory:", "sqlite+pysqlite://"})
    void anEmptySqlitePathIsOneDatabaseInMemory(String url) {
        DatabaseUri uri = DatabaseUri.parse(url, INSTANCE);
        assertThat(uri.jdbcUrl()).isEqualTo("jdbc:sqlite:file::memory:?cache=shared");
        assertThat(uri.sqliteFile()).isNull();
    }

    @Test
    void theInMemoryDatabaseIsSharedByThePoolsConnections() throws Exception {
        try (var pool = DatabaseUri.parse("sqlite://", INSTANCE).dataSource()) {
            pool.setMaximumPoolSize(2);
            JdbcClient jdbc = JdbcClient.create(pool);
            try (var held = pool.getConnection()) {
                jdbc.sql("CREATE TABLE shared (x INTEGER)").update();
                jdbc.sql("INSERT INTO shared VALUES (1)").update();
                assertThat(jdbc.sql("SELECT COUNT(*) FROM shared").query(Integer.class).single()).isEqualTo(1);
            }
        }
    }

    @Test
    void aSqliteQueryStringIsPassedToTheDriver() {
        assertThat(DatabaseUri.parse("sqlite:///app.db?journal_mode=WAL", INSTANCE).jdbcUrl())
                .isEqualTo("jdbc:sqlite:/srv/app/instance/app.db?journal_mode=WAL");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "postgresql://scott:tiger@localhost:5432/mydb | jdbc:postgresql://localhost:5432/mydb | scott | tiger",
        "postgres://scott:tiger@db.example.com/mydb | jdbc:postgresql://db.example.com/mydb | scott | tiger",
        "postgresql+psycopg2://scott@localhost/mydb | jdbc:postgresql://localhost/mydb | scott | ",
        "postgresql://u:p%40ss%3Aw0rd%2F@h:6543/d?sslmode=require&connect_timeout=10"
            + " | jdbc:postgresql://h:6543/d?sslmode=require&connect_timeout=10 | u | p@ss:w0rd/",
        "postgresql://localhost/mydb | jdbc:postgresql://localhost/mydb | | ",
        "postgresql:///mydb | jdbc:postgresql:mydb | | ",
    })
    void aPostgresqlUrlHasItsUserAndPasswordTakenOut(String url, String jdbcUrl, String user, String password) {
        DatabaseUri uri = DatabaseUri.parse(url, INSTANCE);
        assertThat(uri.jdbcUrl()).isEqualTo(jdbcUrl);
        assertThat(uri.username()).isEqualTo(user);
        assertThat(uri.password()).isEqualTo(password);
    }

    @Test
    void thePasswordNeverShowsInTextOrErrors() {
        DatabaseUri uri = DatabaseUri.parse("postgresql://scott:tiger@localhost/mydb", INSTANCE);
        assertThat(uri.toString()).doesNotContain("tiger").contains("scott").contains("[hidden]");
        assertThatThrownBy(() -> DatabaseUri.parse("mysql://scott:tiger@localhost/mydb", INSTANCE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("mysql://scott:***@localhost/mydb").hasMessageNotContaining("tiger")
                .hasMessageContaining("use sqlite:// or postgresql://");
    }

    @ParameterizedTest
    @CsvSource({"flaskr.sqlite", "''", "sqlite:/app.db"})
    void aUrlWithoutSchemeIsRefusedWithAnExample(String url) {
        assertThatThrownBy(() -> DatabaseUri.parse(url, INSTANCE)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("sqlite:///app.db");
    }

    @Test
    void aSqliteUrlWithAHostIsRefused() {
        assertThatThrownBy(() -> DatabaseUri.parse("sqlite://app.db", INSTANCE))
                .hasMessageContaining("'sqlite:///app.db' is a file in the instance folder");
    }

    @Test
    void theAppsConfigAndInstanceFolderAreUsed(@TempDir Path root) {
        Flask app = new Flask("uri_test", AppOptions.builder().instancePath(root.resolve("instance").toString()).build());
        assertThat(DatabaseUri.of(app)).isNull();
        app.config().put(DatabaseUri.CONFIG_KEY, "sqlite:///app.db");
        DatabaseUri uri = DatabaseUri.of(app);
        try (var pool = uri.dataSource()) {
            JdbcClient.create(pool).sql("CREATE TABLE t (x INTEGER)").update();
        }
        assertThat(root.resolve("instance/app.db")).isRegularFile();
    }
}
