package dev.flaskspring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/** {@code .env} and {@code .flaskenv} in the Spring environment, with python-dotenv's precedence. */
class DotEnvEnvironmentPostProcessorTests {

    @TempDir
    Path dir;

    private StandardEnvironment environment(Map<String, Object> realEnv) {
        StandardEnvironment env = new StandardEnvironment();
        env.getPropertySources().replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, realEnv));
        return env;
    }

    @Test
    void realEnvironmentBeatsDotEnvWhichBeatsFlaskEnv() throws Exception {
        Files.writeString(dir.resolve(".flaskenv"), "FLASK_SECRET_KEY=from-flaskenv\nFLASK_DATABASE=flaskenv.db\nFLASK_NAME=flaskenv\n");
        Files.writeString(dir.resolve(".env"), "FLASK_SECRET_KEY=from-dotenv\nFLASK_DATABASE=dotenv.db\n");
        StandardEnvironment env = environment(Map.of("FLASK_DATABASE", "real.db"));
        new DotEnvEnvironmentPostProcessor(java.util.function.Supplier::get).load(env, dir);
        assertThat(env.getProperty("flask.secret-key")).isEqualTo("from-dotenv");
        assertThat(env.getProperty("flask.database")).isEqualTo("real.db");
        assertThat(env.getProperty("flask.name")).isEqualTo("flaskenv");
        assertThat(Binder.get(env).bind("flask.secret-key", String.class).get()).isEqualTo("from-dotenv");
    }

    @Test
    void skippedWithFlaskSkipDotenv() throws Exception {
        Files.writeString(dir.resolve(".env"), "FLASK_SECRET_KEY=from-dotenv\n");
        StandardEnvironment env = environment(Map.of("FLASK_SKIP_DOTENV", "1"));
        env.getPropertySources().addFirst(new MapPropertySource("test", Map.of()));
        new DotEnvEnvironmentPostProcessor(java.util.function.Supplier::get)
                .postProcessEnvironment(env, null);
        assertThat(env.getProperty("flask.secret-key")).isNull();
    }
}
