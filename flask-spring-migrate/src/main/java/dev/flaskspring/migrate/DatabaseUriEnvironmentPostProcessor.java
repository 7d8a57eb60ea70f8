package dev.flaskspring.migrate;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertySource;

/**
 * Maps a Flask app's {@code SQLALCHEMY_DATABASE_URI} (the environment variable, or the property
 * {@code flask.sqlalchemy-database-uri}) to {@code spring.datasource.url}, {@code .username} and
 * {@code .password}, so that Boot's pooled {@code DataSource} opens the database the Flask config names.
 * <p>The mapped properties rank just below the source the URL came from: a {@code spring.datasource.url} given
 * more specifically (command line, environment) still wins, one in {@code application.properties} gives way
 * to an environment variable. A relative SQLite file is in {@code instance/} of the working directory, the
 * app's instance folder, which is created when missing.
 */
public class DatabaseUriEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

    /** The name of the property source holding the mapped properties. */
    static final String SOURCE_NAME = "flaskSqlalchemyDatabaseUri";

    private static final String[] KEYS = {DatabaseUri.CONFIG_KEY, "flask.sqlalchemy-database-uri"};

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        for (PropertySource<?> source : environment.getPropertySources()) {
            for (String key : KEYS) {
                Object uri = source.getProperty(key);
                if (uri != null && !uri.toString().isBlank()) {
                    DatabaseUri mapped = DatabaseUri.parse(uri.toString(),
                            Path.of("").toAbsolutePath().resolve("instance"));
                    mapped.createSqliteFolder();
                    environment.getPropertySources().addAfter(source.getName(),
                            new MapPropertySource(SOURCE_NAME, properties(mapped)));
                    return;
                }
            }
        }
    }

    private static Map<String, Object> properties(DatabaseUri uri) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("spring.datasource.url", uri.jdbcUrl());
        if (uri.username() != null) {
            properties.put("spring.datasource.username", uri.username());
        }
        if (uri.password() != null) {
            properties.put("spring.datasource.password", uri.password());
        }
        return properties;
    }

    /** After the config files are read, so that a URL in {@code application.properties} is seen. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
