package dev.flaskspring.migrate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flaskspring.Flask;
import dev.flaskspring.autoconfigure.FlaskAutoConfiguration;
import dev.flaskspring.cli.CliResult;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** {@link MigrateAutoConfiguration}: the bean on the application's DataSource, its back-off and its absence. */
class MigrateAutoConfigurationTests {

    @TempDir
    Path dir;

    private ApplicationContextRunner runner() {
        return new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
                        FlaskAutoConfiguration.class, MigrateAutoConfiguration.class))
                .withPropertyValues("spring.datasource.url=jdbc:sqlite:" + dir.resolve("app.sqlite"));
    }

    @Test
    void migrateIsMadeOnTheApplicationsDataSourceAndAppliedToTheApp() {
        runner().run(context -> {
            Migrate migrate = context.getBean(Migrate.class);
            assertThat(migrate.dataSource()).isSameAs(context.getBean(DataSource.class));
            assertThat(migrate.directory()).isEqualTo("migrations");
            Flask app = context.getBean(Flask.class);
            assertThat(app.extensions()).containsEntry("migrate", migrate);
            CliResult current = app.testCliRunner().invoke("db", "current");
            assertThat(current.exitCode()).as(current.output()).isZero();
        });
    }

    @Test
    void theDirectoryComesFromFlaskMigrateDirectory() {
        runner().withPropertyValues("flask.migrate.directory=db/{vendor}")
                .run(context -> assertThat(context.getBean(Migrate.class).resolvedDirectory()).isEqualTo("db/sqlite"));
    }

    @Test
    void anApplicationsOwnMigrateWins() {
        runner().withUserConfiguration(OwnMigrate.class).run(context -> {
            assertThat(context).hasSingleBean(Migrate.class);
            assertThat(context.getBean(Migrate.class).directory()).isEqualTo("own");
        });
    }

    @Test
    void noMigrateWithoutADataSource() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(FlaskAutoConfiguration.class, MigrateAutoConfiguration.class))
                .run(context -> assertThat(context).doesNotHaveBean(Migrate.class));
    }

    @Test
    void noMigrateWithoutFlyway() {
        runner().withClassLoader(new FilteredClassLoader(Flyway.class))
                .run(context -> assertThat(context).doesNotHaveBean(Migrate.class));
    }

    @Test
    void bootsOwnFlywayAtStartupAndTheDbCommandsShareTheHistory() {
        runner().withConfiguration(AutoConfigurations.of(FlywayAutoConfiguration.class))
                .withPropertyValues("spring.flyway.locations=classpath:db/boot", "flask.migrate.directory=classpath:db/boot")
                .run(context -> {
                    Flask app = context.getBean(Flask.class);
                    assertThat(app.testCliRunner().invoke("db", "current").output()).isEqualTo("2 (head)\n");
                    assertThat(app.testCliRunner().invoke("db", "check").exitCode()).isZero();
                    assertThat(app.testCliRunner().invoke("db", "history").output())
                            .isEqualTo("1 -> 2 (head) (current), add author\n<base> -> 1, create note\n");
                });
    }

    @Configuration(proxyBeanMethods = false)
    static class OwnMigrate {
        @Bean
        Migrate ownMigrate(DataSource dataSource) {
            return new Migrate(dataSource, "own");
        }
    }
}
