package dev.flaskspring.migrate;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import dev.flaskspring.Flask;
import dev.flaskspring.cli.CliResult;
import dev.flaskspring.cli.FlaskCliRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Flask-Migrate's {@code db} commands on Flyway, on SQLite and on PostgreSQL: exit status, what they print,
 * and what they leave in the database.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(Dialect.class)
class DbCommandsTests {

    @Parameter
    Dialect dialect;

    @TempDir
    Path dir;

    HikariDataSource dataSource;
    Path migrations;
    FlaskCliRunner runner;
    JdbcClient jdbc;

    @BeforeEach
    void setUp() throws IOException {
        dataSource = dialect.newDatabase(dir);
        jdbc = JdbcClient.create(dataSource);
        migrations = dir.resolve("migrations");
        Files.createDirectories(migrations);
        write("V1__create_account.sql", "CREATE TABLE account (id INTEGER PRIMARY KEY, name TEXT NOT NULL);");
        write("V2__add_email.sql", "ALTER TABLE account ADD COLUMN email TEXT;");
        Flask app = new Flask("migrations_test");
        new Migrate(dataSource, migrations.toString()).initApp(app);
        runner = app.testCliRunner();
    }

    @AfterEach
    void closePool() {
        dataSource.close();
    }

    private void write(String name, String sql) throws IOException {
        Files.writeString(migrations.resolve(name), sql + "\n");
    }

    private CliResult db(String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "db";
        System.arraycopy(args, 0, all, 1, args.length);
        return runner.invoke(all);
    }

    private List<String> tables() {
        String sql = dialect == Dialect.SQLITE
                ? "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
                : "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name";
        return jdbc.sql(sql).query(String.class).list();
    }

    @Test
    void upgradeAppliesEveryMigrationInOrder() {
        CliResult result = db("upgrade");
        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(result.output()).isEqualTo(
                "Running upgrade  -> 1, create account\nRunning upgrade 1 -> 2, add email\n");
        jdbc.sql("INSERT INTO account (id, name, email) VALUES (1, 'ada', 'ada@example.com')").update();
        assertThat(tables()).containsExactly("account", "flyway_schema_history");
        assertThat(db("upgrade").output()).isEqualTo("Already at version 2.\n");
    }

    @Test
    void upgradeStopsAtTheTargetAndCheckSaysWhatIsPending() {
        assertThat(db("upgrade", "1").output()).isEqualTo("Running upgrade  -> 1, create account\n");
        assertThat(db("current").output()).isEqualTo("1\n");
        CliResult check = db("check");
        assertThat(check.exitCode()).isEqualTo(1);
        assertThat(check.output()).isEqualTo("Error: Target database is not up to date: 1 migration pending"
                + " (V2__add_email.sql). Run 'db upgrade'.\n");
        assertThat(db("upgrade").output()).isEqualTo("Running upgrade 1 -> 2, add email\n");
        CliResult upToDate = db("check");
        assertThat(upToDate.exitCode()).isZero();
        assertThat(upToDate.output()).isEqualTo("No new upgrade operations detected.\n");
    }

    @Test
    void currentPrintsTheVersionAndHeadWhenNothingIsPending() {
        CliResult empty = db("current");
        assertThat(empty.exitCode()).isZero();
        assertThat(empty.output()).isEmpty();
        db("upgrade");
        assertThat(db("current").output()).isEqualTo("2 (head)\n");
    }

    @Test
    void historyListsEveryMigrationNewestFirst() {
        db("upgrade", "1");
        CliResult history = db("history");
        assertThat(history.exitCode()).isZero();
        assertThat(history.output()).isEqualTo("1 -> 2 (head), add email\n<base> -> 1 (current), create account\n");
    }

    @Test
    void stampRecordsAVersionOnADatabaseMadeWithoutMigrations() {
        jdbc.sql("CREATE TABLE account (id INTEGER PRIMARY KEY, name TEXT NOT NULL)").update();
        CliResult refused = db("upgrade");
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.output()).contains("Error: The database has tables but no migration history:"
                + " record the version its tables are at first, with 'db stamp VERSION'.");

        CliResult stamp = db("stamp", "1");
        assertThat(stamp.exitCode()).as(stamp.output()).isZero();
        assertThat(stamp.output()).isEqualTo("Stamped the database at version 1.\n");
        assertThat(db("upgrade").output()).isEqualTo("Running upgrade 1 -> 2, add email\n");
        assertThat(db("current").output()).isEqualTo("2 (head)\n");
    }

    @Test
    void stampHeadRecordsTheLatestVersion() {
        jdbc.sql("CREATE TABLE account (id INTEGER PRIMARY KEY, name TEXT NOT NULL, email TEXT)").update();
        assertThat(db("stamp", "head").output()).isEqualTo("Stamped the database at version 2.\n");
        assertThat(db("check").exitCode()).isZero();
    }

    @Test
    void stampRefusesADatabaseThatHasAHistoryAndNeedsItsVersion() {
        db("upgrade", "1");
        CliResult refused = db("stamp", "2");
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.output()).startsWith("Error: The database is already at version 1.");
        assertThat(db("current").output()).isEqualTo("1\n");

        CliResult missing = db("stamp");
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.output()).startsWith("Usage: flask db stamp [OPTIONS] VERSION\n")
                .endsWith("Error: Missing argument 'VERSION'.\n");
    }

    @Test
    void revisionWritesTheNextEmptyMigrationAndUpgradeAppliesIt() throws IOException {
        CliResult revision = db("revision", "-m", "add users!");
        assertThat(revision.exitCode()).as(revision.output()).isZero();
        Path file = migrations.resolve("V3__add_users_.sql").toAbsolutePath();
        assertThat(revision.output()).isEqualTo("Generating " + file + " ...  done\n");
        assertThat(file).hasContent("-- add users!");
        assertThat(db("upgrade").output()).endsWith("Running upgrade 2 -> 3, add users \n");
        assertThat(db("revision", "--message", "next").output()).contains("V4__next.sql");
    }

    @Test
    void revisionNeedsAMessage() {
        CliResult result = db("revision");
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.output()).endsWith("Error: Missing option '--message'.\n");
    }

    @Test
    void revisionCreatesTheDirectoryOfAFreshProject() throws IOException {
        Flask app = new Flask("fresh");
        Path fresh = dir.resolve("new/migrations");
        new Migrate(dataSource, fresh.toString()).initApp(app);
        CliResult result = app.testCliRunner().invoke("db", "revision", "-m", "first");
        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(fresh.resolve("V1__first.sql")).exists();
    }

    @Test
    void downgradeExitsWithOneSayingWhyAndWhatToDoInstead() {
        db("upgrade");
        for (CliResult result : List.of(db("downgrade"), db("downgrade", "1"))) {
            assertThat(result.exitCode()).isEqualTo(1);
            assertThat(result.output()).startsWith("Error: Flyway does not downgrade:")
                    .contains("db revision -m").contains("db upgrade");
        }
        assertThat(db("current").output()).isEqualTo("2 (head)\n");
    }

    @Test
    void aFailingMigrationLeavesTheDatabaseAtTheLastGoodVersionAndNamesFileAndStatement() throws IOException {
        write("V3__broken.sql", "CREATE TABLE audit (id INTEGER PRIMARY KEY);\n"
                + "INSERT INTO no_such_table (x) VALUES (1);");
        CliResult result = db("upgrade");
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.exception()).isNull();
        assertThat(result.output())
                .contains("Running upgrade", "Error: Migration V3__broken.sql failed at line 2:"
                        + " INSERT INTO no_such_table (x) VALUES (1)")
                .contains("no_such_table")
                .endsWith("The database stays at version 2.\n");
        assertThat(tables()).containsExactly("account", "flyway_schema_history");
        assertThat(db("current").output()).isEqualTo("2\n");
    }

    @Test
    void argumentsAreCheckedBeforeAnythingRuns() {
        CliResult extra = db("upgrade", "1", "2");
        assertThat(extra.exitCode()).isEqualTo(2);
        assertThat(extra.output()).endsWith("Error: Got unexpected extra argument (2)\n");
        assertThat(tables()).isEmpty();
        CliResult help = db("upgrade", "--help");
        assertThat(help.output()).startsWith("Usage: flask db upgrade [OPTIONS] [TARGET]\n")
                .contains("TARGET  The version to stop at; the latest by default.");
    }

    @Test
    void theGroupListsFlaskMigratesCommands() {
        CliResult group = runner.invoke("db", "--help");
        assertThat(group.exitCode()).isZero();
        assertThat(group.output()).contains("  check ", "  current ", "  downgrade ", "  history ", "  revision ",
                "  stamp ", "  upgrade ");
    }
}
