package dev.flaskspring.autoconfigure;

import dev.flaskspring.config.DotEnvFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.logging.Log;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/**
 * Loads {@code .env} then {@code .flaskenv} from the working directory into the Spring
 * {@code Environment}, as Flask's CLI does with python-dotenv: the real environment wins, then
 * {@code .env}, then {@code .flaskenv}; {@code FLASK_SKIP_DOTENV=1} skips both. Variables bind with
 * relaxed binding ({@code FLASK_SECRET_KEY} is {@code flask.secret-key}). Lines that do not parse are
 * reported as warnings naming the file and line.
 */
public class DotEnvEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

    /** The name of the property source holding the dotenv variables. */
    public static final String PROPERTY_SOURCE_NAME = "flaskDotenv";

    private final Log log;

    /** A post-processor logging through Boot's deferred log. */
    public DotEnvEnvironmentPostProcessor(DeferredLogFactory logs) {
        this.log = logs.getLog(DotEnvEnvironmentPostProcessor.class);
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String skip = environment.getProperty("FLASK_SKIP_DOTENV");
        if (skip != null && List.of("1", "true", "t", "yes", "y", "on").contains(skip.trim().toLowerCase())) {
            return;
        }
        load(environment, Path.of("").toAbsolutePath());
    }

    /** Loads the dotenv files of {@code directory} into {@code environment}. */
    void load(ConfigurableEnvironment environment, Path directory) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (String name : List.of(".env", ".flaskenv")) {
            Path file = directory.resolve(name);
            if (!Files.isRegularFile(file)) {
                continue;
            }
            try {
                DotEnvFile.Result result = DotEnvFile.read(file, environment::getProperty);
                result.problems().forEach(log::warn);
                result.values().forEach(values::putIfAbsent);
            } catch (IOException e) {
                throw new UncheckedIOException("Could not read " + file, e);
            }
        }
        if (values.isEmpty()) {
            return;
        }
        var sources = environment.getPropertySources();
        SystemEnvironmentPropertySource dotenv = new SystemEnvironmentPropertySource(PROPERTY_SOURCE_NAME, values);
        if (sources.contains(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME)) {
            sources.addAfter(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, dotenv);
        } else {
            sources.addLast(dotenv);
        }
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 20;
    }
}
