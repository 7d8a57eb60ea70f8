package dev.flaskspring.demo;

import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/**
 * In the PostgreSQL run, points every application the tests start at one database on the embedded server,
 * in place of the SQLite file of {@code application.properties}; a {@code --spring.datasource.url} given to
 * one application (a test that needs a fresh database) still wins.
 */
public class PostgresqlTestEnvironment implements EnvironmentPostProcessor {

    private static String sharedUrl;

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!TestDatabase.POSTGRESQL) {
            return;
        }
        MapPropertySource source = new MapPropertySource("demoTestPostgresql", Map.of(
                "spring.datasource.url", url(), "spring.datasource.username", "postgres"));
        environment.getPropertySources().addAfter(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, source);
    }

    private static synchronized String url() {
        if (sharedUrl == null) {
            sharedUrl = TestDatabase.newPostgresDatabase();
        }
        return sharedUrl;
    }
}
