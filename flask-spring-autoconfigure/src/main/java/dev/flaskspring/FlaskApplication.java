package dev.flaskspring;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts a Spring Boot application whose web layer is a Flask app; the {@code flask run} of a Boot jar.
 * <p>{@code public static void main(String[] args) { FlaskApplication.run(DemoApplication.class, args); }}
 */
public final class FlaskApplication {

    private FlaskApplication() {
    }

    /** Runs the application as Spring Boot does and returns its context; {@code --name=value} options are properties. */
    public static ConfigurableApplicationContext run(Class<?> source, String... args) {
        return SpringApplication.run(source, args);
    }
}
