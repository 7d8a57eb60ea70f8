package dev.flaskspring.demo;

import dev.flaskspring.Blueprint;
import dev.flaskspring.BlueprintOptions;
import dev.flaskspring.Flask;
import dev.flaskspring.FlaskConfigurer;
import dev.flaskspring.autoconfigure.FlaskViewsRegistrar;
import dev.flaskspring.config.Config;
import dev.flaskspring.migrate.Migrate;
import dev.flaskspring.jinja.JinjaEngineProvider;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Sets up the app as flaskr's application factory {@code create_app} does: default config, the instance
 * config file, the instance folder, the database functions, and the {@code index} endpoint; beyond flaskr, the
 * templates of the chosen engine (Jinja, flaskr's own templates, or Mustache).
 * <p>The blueprints are the {@code @Views} classes {@link AuthViews} and {@link BlogViews}; beyond
 * flaskr, {@link ApiViews} serves posts as JSON and the schema is created at startup, by the migrations,
 * when the database has no table yet.
 */
@Configuration(proxyBeanMethods = false)
public class FlaskrApp {

    /** flaskr's default secret key, which must be overridden in production. */
    static final String DEV_SECRET_KEY = "dev";

    /** Configures the app when it is created, before any view is registered. */
    @Bean
    FlaskConfigurer flaskrConfigurer() {
        return FlaskrApp::configure;
    }

    /**
     * Creates the schema when the database has none, once every bean exists and before the server accepts
     * requests (and before any command runs); a database that cannot be reached ends the start-up here.
     */
    @Bean
    SmartInitializingSingleton flaskrSchema(Flask app, Migrate migrate) {
        return () -> {
            if (FlaskrDatabase.createSchemaIfMissing(migrate)) {
                app.logger().info("Created the database schema by its migrations ({})", migrate.directory());
            }
        };
    }

    /**
     * Registers the {@code @Views} classes, then the {@code index} endpoint, so that
     * {@code url_for("index")} is {@code /} while {@code /} keeps matching {@code blog.index}, which was
     * registered first; flaskr's {@code app.add_url_rule("/", endpoint="index")} after its blueprints.
     */
    @Bean
    FlaskViewsRegistrar flaskViewsRegistrar(ApplicationContext context, Flask app) {
        return new FlaskViewsRegistrar(context, app) {
            @Override
            public void afterSingletonsInstantiated() {
                super.afterSingletonsInstantiated();
                app.addUrlRule("/", "index", null);
            }
        };
    }

    /**
     * The configuration half of {@code create_app}: {@code flask.*} properties are already in the config;
     * {@code instance/config.properties} (flaskr's {@code instance/config.py}) overrides them unless testing.
     */
    static void configure(Flask app) {
        Config config = app.config();
        setDefault(config, "SECRET_KEY", DEV_SECRET_KEY);
        setDefault(config, "DATABASE", app.instancePath().resolve("flaskr.sqlite").toString());
        if (!app.isTesting()) {
            config.fromPropertiesFile(app.instancePath().resolve("config.properties").toString(), true);
        }
        Path database = Path.of(config.getString("DATABASE")).toAbsolutePath();
        try {
            Files.createDirectories(app.instancePath());
            // SQLite creates a missing file, not a missing folder.
            Files.createDirectories(database.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the folder of " + database, e);
        }
        app.registerBlueprint(templatesOf(templateEngine(config)));
        FlaskrDatabase.initApp(app);
    }

    /**
     * The engine rendering the pages: {@code TEMPLATE_ENGINE} ({@code flask.template-engine}, {@code jinja} in
     * {@code application.properties}), else Jinja, the engine module on the demo's classpath.
     */
    static String templateEngine(Config config) {
        Object engine = config.get("TEMPLATE_ENGINE");
        return engine == null ? JinjaEngineProvider.NAME : engine.toString().trim();
    }

    /**
     * A blueprint holding only the pages written for {@code engine}, {@code templates/jinja/} or
     * {@code templates/mustache/}: both sets use the same names ({@code blog/index.html}), and a blueprint's
     * template folder is searched after the app's (empty) {@code templates/}, as Flask extensions ship templates.
     */
    static Blueprint templatesOf(String engine) {
        return new Blueprint(engine + "_templates", BlueprintOptions.builder().templateFolder("templates/" + engine).build());
    }

    private static void setDefault(Config config, String key, Object value) {
        if (config.get(key) == null) {
            config.put(key, value);
        }
    }
}
