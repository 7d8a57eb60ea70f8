package dev.flaskspring;

/**
 * Configures the app when it is created; Flask's application-factory step ({@code create_app}).
 * Under Spring Boot every bean of this type runs at startup, in {@code @Order}.
 */
@FunctionalInterface
public interface FlaskConfigurer {

    /** Adds routes, blueprints, hooks and config to {@code app}. */
    void configure(Flask app);
}
