package dev.flaskspring.templating;

import dev.flaskspring.Flask;

/**
 * Makes a template engine for an app; found with {@link java.util.ServiceLoader}, so that an engine's artifact on
 * the classpath is all it takes (listed in {@code META-INF/services/dev.flaskspring.templating.TemplateEngineProvider}).
 * <p>{@code TEMPLATE_ENGINE} (Boot: {@code flask.template-engine}) picks one by {@link #name()}; unset, the
 * provider found on the classpath wins over the core's Mustache.
 */
public interface TemplateEngineProvider {

    /** The engine's name, as {@code TEMPLATE_ENGINE} gives it: {@code "jinja"}, {@code "mustache"}. */
    String name();

    /** A new engine for {@code app}, finding templates with {@code loader}. */
    TemplateEngine create(Flask app, TemplateLoader loader);
}
