package dev.flaskspring.bench.app;

import dev.flaskspring.Blueprint;
import dev.flaskspring.BlueprintOptions;
import dev.flaskspring.FlaskApplication;
import dev.flaskspring.FlaskConfigurer;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** The benchmark app on flask-spring: five endpoints, as a user would write them. */
@SpringBootApplication(proxyBeanMethods = false)
public class BenchApplication {

    public static void main(String[] args) {
        FlaskApplication.run(BenchApplication.class, args);
    }

    /**
     * The page's templates for the engine in use ({@code flask.template-engine}): {@code templates/mustache/} or
     * {@code templates/jinja/}, the same page in each engine's language, through a blueprint's template folder.
     */
    @Bean
    FlaskConfigurer templatesOfTheEngine() {
        return app -> {
            String engine = String.valueOf(app.config().get("TEMPLATE_ENGINE")).trim();
            app.registerBlueprint(new Blueprint(engine + "_templates",
                    BlueprintOptions.builder().templateFolder("templates/" + engine).build()));
        };
    }
}
