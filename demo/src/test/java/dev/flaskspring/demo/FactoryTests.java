package dev.flaskspring.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flaskspring.Flask;
import dev.flaskspring.ctx.AppContext;
import java.nio.file.Files;
import java.sql.Connection;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.init.ScriptUtils;

/**
 * flaskr's {@code tests/test_factory.py}, with the application built as {@code create_app} builds it,
 * and what the demo adds at startup: the instance config, the schema, the secret-key warning.
 */
@ExtendWith(OutputCaptureExtension.class)
class FactoryTests {

    @TempDir
    Path tempDir;

    /** {@code create_app()}: the whole application, without a web server, on a database in {@code tempDir}. */
    private ConfigurableApplicationContext createApp(String... properties) {
        return createApp(WebApplicationType.NONE, properties);
    }

    private ConfigurableApplicationContext createApp(WebApplicationType type, String... properties) {
        List<String> args = new ArrayList<>(List.of(properties));
        if (args.stream().noneMatch(p -> p.startsWith("--flask.database=") || p.startsWith("--spring.datasource.url=")
                || p.startsWith("--SQLALCHEMY_DATABASE_URI="))) {
            args.addAll(TestDatabase.freshDatabaseArgs(tempDir));
        }
        if (type == WebApplicationType.SERVLET) {
            args.add("--server.port=0");
        }
        return new SpringApplicationBuilder(DemoApplication.class).web(type).run(args.toArray(String[]::new));
    }

    // flaskr: tests/test_factory.py::test_config
    @Test
    void config() {
        try (var context = createApp()) {
            assertThat(context.getBean(Flask.class).isTesting()).isFalse();
        }
        try (var context = createApp("--flask.testing=true")) {
            assertThat(context.getBean(Flask.class).isTesting()).isTrue();
        }
    }

    @Test
    void theSchemaIsCreatedAtStartupWhenTheDatabaseIsMissing() throws Exception {
        Path database = tempDir.resolve("new/flaskr.sqlite");
        List<String> args = TestDatabase.POSTGRESQL ? TestDatabase.freshDatabaseArgs(tempDir)
                : List.of("--flask.database=" + database);
        try (var context = createApp(args.toArray(String[]::new))) {
            if (!TestDatabase.POSTGRESQL) {
                assertThat(database).isNotEmptyFile();
            }
            Flask app = context.getBean(Flask.class);
            try (AppContext ctx = app.appContext()) {
                assertThat(FlaskrDatabase.getDb().fetchAll("SELECT * FROM \"user\"")).isEmpty();
                assertThat(FlaskrDatabase.getDb().fetchAll("SELECT * FROM post")).isEmpty();
            }
            assertThat(app.testCliRunner().invoke("db", "current").output()).isEqualTo("1 (head)\n");
        }
    }

    @Test
    void anExistingDatabaseIsKeptAtStartup() throws Exception {
        String url = TestDatabase.POSTGRESQL ? TestDatabase.newPostgresDatabase()
                : "jdbc:sqlite:" + tempDir.resolve("kept.sqlite");
        String dialect = TestDatabase.POSTGRESQL ? "postgresql" : "sqlite";
        try (Connection connection = TestDatabase.connect(url)) {
            ScriptUtils.executeSqlScript(connection, new ClassPathResource("db/flaskr/" + dialect + "/V1__flaskr_schema.sql"));
            ScriptUtils.executeSqlScript(connection, new ClassPathResource(
                    TestDatabase.POSTGRESQL ? "data-postgresql.sql" : "data.sql"));
        }
        try (var context = createApp("--spring.datasource.url=" + url, "--spring.datasource.username=postgres")) {
            Flask app = context.getBean(Flask.class);
            try (AppContext ctx = app.appContext()) {
                assertThat(FlaskrDatabase.getDb().fetchAll("SELECT * FROM \"user\"")).hasSize(2);
            }
            assertThat(app.testCliRunner().invoke("db", "current").output())
                    .as("a database made before migrations has no version until stamped").isEmpty();
            assertThat(app.testCliRunner().invoke("db", "stamp", "1").exitCode()).isZero();
            assertThat(app.testCliRunner().invoke("db", "check").exitCode()).isZero();
        }
    }

    @Test
    void aFlaskSqlalchemyUrlNamesTheDatabase() throws Exception {
        String uri = TestDatabase.POSTGRESQL
                ? TestDatabase.newPostgresDatabase().replace("jdbc:postgresql://", "postgresql://postgres@")
                : "sqlite:///" + tempDir.resolve("from-uri.sqlite");
        try (var context = createApp("--SQLALCHEMY_DATABASE_URI=" + uri)) {
            Flask app = context.getBean(Flask.class);
            try (AppContext ctx = app.appContext()) {
                assertThat(FlaskrDatabase.getDb().fetchAll("SELECT * FROM post")).isEmpty();
            }
            String url = context.getBean(javax.sql.DataSource.class).unwrap(com.zaxxer.hikari.HikariDataSource.class)
                    .getJdbcUrl();
            assertThat(url).isEqualTo(TestDatabase.POSTGRESQL ? uri.replace("postgresql://postgres@", "jdbc:postgresql://")
                    : "jdbc:sqlite:" + tempDir.resolve("from-uri.sqlite"));
        }
    }

    @Test
    void theDatabaseDefaultsToTheInstanceFolder() {
        try (var context = new SpringApplicationBuilder(DemoApplication.class).web(WebApplicationType.NONE)
                .run("--flask.testing=true")) {
            Flask app = context.getBean(Flask.class);
            assertThat(app.config().get("DATABASE"))
                    .isEqualTo(Path.of("").toAbsolutePath().resolve("instance/flaskr.sqlite").toString());
            assertThat(app.instancePath()).isDirectory();
        }
    }

    @Test
    void theInstanceConfigOverridesTheDefaultsUnlessTesting() throws Exception {
        Path instanceConfig = Path.of("instance/config.properties");
        Files.createDirectories(instanceConfig.getParent());
        Files.writeString(instanceConfig, "SECRET_KEY=from-the-instance-folder\n");
        try {
            try (var context = createApp()) {
                assertThat(context.getBean(Flask.class).config().get("SECRET_KEY")).isEqualTo("from-the-instance-folder");
            }
            try (var context = createApp("--flask.testing=true")) {
                assertThat(context.getBean(Flask.class).config().get("SECRET_KEY")).isEqualTo("dev");
            }
        } finally {
            Files.delete(instanceConfig);
        }
    }

    @Test
    void theDefaultSecretKeyIsWarnedAboutOutsideDebug(CapturedOutput output) {
        try (var context = createApp(WebApplicationType.SERVLET)) {
            assertThat(output).contains("The SECRET_KEY of app 'flaskr' is weak");
        }
    }

    @Test
    void aSecretKeyOfOnesOwnIsNotWarnedAbout(CapturedOutput output) {
        try (var context = createApp(WebApplicationType.SERVLET, "--flask.secret-key=a-real-secret-of-32-characters")) {
            assertThat(context.getBean(Flask.class).config().get("SECRET_KEY")).isEqualTo("a-real-secret-of-32-characters");
            assertThat(output).doesNotContain("SECRET_KEY of app");
        }
    }

    @Test
    void theDefaultSecretKeyIsNotWarnedAboutInDebug(CapturedOutput output) {
        try (var context = createApp(WebApplicationType.SERVLET, "--flask.debug=true")) {
            assertThat(output).doesNotContain("SECRET_KEY of app");
        }
    }
}
