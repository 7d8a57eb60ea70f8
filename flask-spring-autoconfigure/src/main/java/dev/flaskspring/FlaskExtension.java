package dev.flaskspring;

/**
 * An extension that sets itself up on an app; Flask's {@code init_app} pattern. Under Spring Boot
 * every bean of this type is applied at startup, in {@code @Order}, and stored in {@code app.extensions()}.
 */
public interface FlaskExtension {

    /** The key in {@code app.extensions()}; by default the class's simple name. */
    default String name() {
        return getClass().getSimpleName();
    }

    /** Registers the extension's routes, hooks and config on {@code app}; Flask's {@code init_app}. */
    void initApp(Flask app);
}
