package dev.flaskspring.jinja;

import com.hubspot.jinjava.interpret.JinjavaInterpreter;
import com.hubspot.jinjava.lib.fn.MacroFunction;
import com.hubspot.jinjava.interpret.AutoCloseableSupplier.AutoCloseableImpl;
import dev.flaskspring.Flask;
import dev.flaskspring.templating.Macro;
import dev.flaskspring.templating.Template;
import dev.flaskspring.templating.TemplateEngine;
import dev.flaskspring.templating.TemplateLoader;
import dev.flaskspring.templating.TemplateNotFound;
import java.util.Map;

/**
 * Jinja templates for an app, rendered as Flask renders them; Flask's {@code app.jinja_env} (an {@code Environment}
 * with Flask's loader, autoescape, globals and filters).
 * <p>Templates come from the app's {@link TemplateLoader} (the app's folder, then each blueprint's), compile once and
 * compile again when their file changed if {@code TEMPLATES_AUTO_RELOAD} (default: debug) is on. {@code .html},
 * {@code .htm}, {@code .xml}, {@code .xhtml}, {@code .svg} templates and template strings are autoescaped, as Flask's
 * {@code select_jinja_autoescape} decides. The app's template filters, tests and globals are read at each render, so
 * ones registered after the first render count.
 */
public final class JinjaEngine implements TemplateEngine {

    private final FlaskJinjava jinjava;
    private final TemplateCache templates;

    /** An engine for {@code app}, finding templates with {@code loader}. */
    public JinjaEngine(Flask app, TemplateLoader loader) {
        this.jinjava = new FlaskJinjava(app);
        this.templates = new TemplateCache(jinjava, loader, () -> app.templates().autoReload());
        jinjava.setTemplates(templates);
    }

    @Override
    public Template getTemplate(String name) {
        return new JinjaTemplate(jinjava, templates.get(name));
    }

    @Override
    public Template fromString(String source) {
        return new JinjaTemplate(jinjava, templates.fromString(source));
    }

    /**
     * A top-level variable or macro of {@code template}, the template rendered with the app's context; Flask's
     * {@code get_template_attribute}. A macro comes back as a {@link Macro}, whose output is the macro's text.
     *
     * @throws TemplateNotFound when no template folder holds the template
     */
    @Override
    public Object getTemplateAttribute(String template, String attribute) {
        CompiledTemplate compiled = templates.get(template);
        Map<String, Object> module = new JinjaTemplate(jinjava, compiled).module(jinjava.app().updateTemplateContext(null));
        Object value = module.get(attribute);
        if (value instanceof MacroFunction macro) {
            return (Macro) args -> callMacro(compiled, macro, args);
        }
        return PyValues.toJava(value);
    }

    private String callMacro(CompiledTemplate compiled, MacroFunction macro, Object[] args) {
        JinjavaInterpreter interpreter = jinjava.newRenderInterpreter(Map.of(), compiled.autoescape());
        try (AutoCloseableImpl<JinjavaInterpreter> pushed = JinjavaInterpreter.closeablePushCurrent(interpreter).get()) {
            Object[] converted = new Object[args.length];
            for (int i = 0; i < args.length; i++) {
                converted[i] = PyValues.fromJava(args[i]);
            }
            return PyStr.output(macro.evaluate(converted), false);
        }
    }
}
