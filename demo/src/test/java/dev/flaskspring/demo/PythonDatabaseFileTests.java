package dev.flaskspring.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flaskspring.Flask;
import dev.flaskspring.cli.CliResult;
import dev.flaskspring.testing.FlaskClient;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * The SQLite file itself, shared with Python flaskr: the demo serves and writes the file Python flaskr made,
 * stamps it without touching its tables, and the file it makes has flaskr's tables exactly, Flyway's history
 * table being the only one more.
 */
@DisabledIfSystemProperty(named = "demo.database", matches = "postgresql", disabledReason = "the SQLite file itself")
class PythonDatabaseFileTests {

    @TempDir
    Path dir;

    /** The table definitions SQLite keeps for {@code file}, by name. */
    private static List<String> tables(Path file) throws Exception {
        List<String> tables = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT name, sql FROM sqlite_master WHERE type = 'table'"
                        + " AND name NOT LIKE 'sqlite_%' ORDER BY name")) {
            while (rs.next()) {
                tables.add(rs.getString(1) + ": " + rs.getString(2));
            }
        }
        return tables;
    }

    private Path pythonsFile() throws Exception {
        Path copy = dir.resolve("flaskr-python.sqlite");
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("interop/flaskr-python.sqlite")) {
            Files.copy(in, copy);
        }
        return copy;
    }

    @Test
    void theDemoServesAndWritesTheFilePythonMadeAndStampsItAtVersionOne() throws Exception {
        Path file = pythonsFile();
        List<String> pythonTables = tables(file);
        try (var context = new SpringApplicationBuilder(DemoApplication.class).web(WebApplicationType.NONE)
                .run("--flask.database=" + file, "--flask.testing=true")) {
            Flask app = context.getBean(Flask.class);
            FlaskClient client = app.testClient();
            client.post("/auth/login", Map.of("username", "pyuser", "password", "written in python"));
            assertThat(client.get("/").text()).contains("<span>pyuser</span>");
            assertThat(client.post("/create", Map.of("title", "from java", "body", "b")).statusCode()).isEqualTo(302);

            CliResult stamp = app.testCliRunner().invoke("db", "stamp", "1");
            assertThat(stamp.exitCode()).as(stamp.output()).isZero();
            assertThat(app.testCliRunner().invoke("db", "current").output()).isEqualTo("1 (head)\n");
        }
        List<String> after = tables(file);
        assertThat(after).containsAll(pythonTables);
        assertThat(after).hasSize(pythonTables.size() + 1).anyMatch(t -> t.startsWith("flyway_schema_history: "));
    }

    @Test
    void theFileTheDemoMakesHasFlaskrsTablesWordForWord() throws Exception {
        List<String> pythonTables = tables(pythonsFile());
        Path made = dir.resolve("made-here.sqlite");
        new SpringApplicationBuilder(DemoApplication.class).web(WebApplicationType.NONE)
                .run("--flask.database=" + made, "--flask.testing=true").close();
        List<String> tables = tables(made);
        assertThat(tables).containsAll(pythonTables);
        assertThat(tables).hasSize(pythonTables.size() + 1);
    }
}
