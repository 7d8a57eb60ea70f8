package dev.flaskspring.migrate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/** {@code SQLALCHEMY_DATABASE_URI} becomes Boot's {@code spring.datasource.*}, ranked as its own source. */
class DatabaseUriEnvironmentPostProcessorTests {

    private final StandardEnvironment environment = new StandardEnvironment();

    private void given(Map<String, Object> env, Map<String, Object> applicationProperties) {
        var sources = environment.getPropertySources();
        sources.replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, env));
        sources.addLast(new MapPropertySource("Config resource 'application.properties'", applicationProperties));
        new DatabaseUriEnvironmentPostProcessor().postProcessEnvironment(environment, null);
    }

    @Test
    void theEnvironmentVariableBeatsApplicationProperties() {
        given(Map.of("SQLALCHEMY_DATABASE_URI", "postgresql://scott:tiger@db:5432/app"),
                Map.of("spring.datasource.url", "jdbc:sqlite:instance/flaskr.sqlite"));
        assertThat(environment.getProperty("spring.datasource.url")).isEqualTo("jdbc:postgresql://db:5432/app");
        assertThat(environment.getProperty("spring.datasource.username")).isEqualTo("scott");
        assertThat(environment.getProperty("spring.datasource.password")).isEqualTo("tiger");
    }

    @Test
    void aSpringDatasourceUrlInTheEnvironmentStillWins() {
        given(Map.of("SPRING_DATASOURCE_URL", "jdbc:postgresql://other/app"),
                Map.of("flask.sqlalchemy-database-uri", "postgresql://db/app"));
        assertThat(environment.getProperty("spring.datasource.url")).isEqualTo("jdbc:postgresql://other/app");
    }

    @Test
    void theFlaskPropertyWorksToo() {
        given(Map.of("FLASK_SQLALCHEMY_DATABASE_URI", "postgres://db/app"), Map.of());
        assertThat(environment.getProperty("spring.datasource.url")).isEqualTo("jdbc:postgresql://db/app");
        assertThat(environment.getProperty("spring.datasource.username")).isNull();
    }

    @Test
    void aRelativeSqliteFileIsInTheWorkingDirectorysInstanceFolder() {
        given(Map.of(), Map.of("flask.sqlalchemy-database-uri", "sqlite:///app.db"));
        assertThat(environment.getProperty("spring.datasource.url"))
                .isEqualTo("jdbc:sqlite:" + Path.of("").toAbsolutePath().resolve("instance/app.db"));
    }

    @Test
    void nothingChangesWithoutTheUrl() {
        given(Map.of(), Map.of("spring.datasource.url", "jdbc:sqlite:x.db"));
        assertThat(environment.getPropertySources().contains(DatabaseUriEnvironmentPostProcessor.SOURCE_NAME)).isFalse();
        assertThat(environment.getProperty("spring.datasource.url")).isEqualTo("jdbc:sqlite:x.db");
    }
}
