package dev.flaskspring.templating;

/**
 * A template language behind {@code renderTemplate}; Flask's {@code app.jinja_env}.
 * <p>The engine compiles and finds templates; {@link Templating} builds their context and sends the signals.
 * Mustache is the core's engine; an extension module adds another through a {@link TemplateEngineProvider}.
 */
public interface TemplateEngine {

    /**
     * The template {@code name}, compiled once (again when it changed, with {@code TEMPLATES_AUTO_RELOAD});
     * Jinja's {@code get_template}.
     *
     * @throws TemplateNotFound when no template folder holds it
     */
    Template getTemplate(String name);

    /** Compiles template source text, autoescaped as Flask's template strings are; Jinja's {@code from_string}. */
    Template fromString(String source);

    /**
     * A top-level variable or macro of a template, a macro as a {@link Macro}; Flask's
     * {@code get_template_attribute}. Engines without macros say so.
     */
    default Object getTemplateAttribute(String template, String attribute) {
        throw new UnsupportedOperationException("The " + getClass().getSimpleName() + " has no template attributes:"
                + " macros need the Jinja engine (flask-spring-jinja).");
    }
}
