package dev.flaskspring.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flaskspring.Flask;
import dev.flaskspring.ctx.AppContext;
import java.nio.file.Files;
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
        if (args.stream().noneMatch(p -> p.startsWith("--flask.database="))) {
            args.add("--flask.database=" + tempDir.resolve("flaskr.sqlite"));
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
        try (var context = createApp("--flask.database=" + database)) {
            assertThat(database).isNotEmptyFile();
            try (AppContext ctx = context.getBean(Flask.class).appContext()) {
                assertThat(FlaskrDatabase.getDb().fetchAll("SELECT * FROM user")).isEmpty();
                assertThat(FlaskrDatabase.getDb().fetchAll("SELECT * FROM post")).isEmpty();
            }
        }
    }

    @Test
    void anExistingDatabaseIsKeptAtStartup() throws Exception {
        Path database = tempDir.resolve("kept.sqlite");
        try (Db db = Db.connect(database.toString())) {
            db.executeScript(FlaskrTestCase.resource("schema.sql") + FlaskrTestCase.resource("data.sql"));
        }
        try (var context = createApp("--flask.database=" + database)) {
            try (AppContext ctx = context.getBean(Flask.class).appContext()) {
                assertThat(FlaskrDatabase.getDb().fetchAll("SELECT * FROM user")).hasSize(2);
            }
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
