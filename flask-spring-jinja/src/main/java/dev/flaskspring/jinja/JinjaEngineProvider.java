package dev.flaskspring.jinja;

import dev.flaskspring.Flask;
import dev.flaskspring.templating.TemplateEngine;
import dev.flaskspring.templating.TemplateEngineProvider;
import dev.flaskspring.templating.TemplateLoader;

/**
 * Makes Jinja the engine of an app when this module is on the classpath; what {@code flask.templating} sets up
 * as {@code app.jinja_env}. Found with {@link java.util.ServiceLoader}; {@code TEMPLATE_ENGINE=jinja} names it.
 */
public final class JinjaEngineProvider implements TemplateEngineProvider {

    /** The name {@code TEMPLATE_ENGINE} gives this engine. */
    public static final String NAME = "jinja";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public TemplateEngine create(Flask app, TemplateLoader loader) {
        return new JinjaEngine(app, loader);
    }
}
