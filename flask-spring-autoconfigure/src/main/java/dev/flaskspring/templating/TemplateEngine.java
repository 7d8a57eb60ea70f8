package dev.flaskspring.templating;

import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheNotFoundException;
import dev.flaskspring.Flask;
import dev.flaskspring.signals.BeforeRenderTemplate;
import dev.flaskspring.signals.Signals;
import dev.flaskspring.signals.TemplateRendered;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Renders Mustache templates for one app; Flask's Jinja environment and {@code render_template}.
 * <p>{@code .html .htm .xml .xhtml .svg} templates (and template strings) are escaped as Flask
 * autoescapes them; others are not. Compiled templates are cached unless {@code TEMPLATES_AUTO_RELOAD}
 * (default: debug) asks to reload them.
 */
public final class TemplateEngine {

    private static final Set<String> AUTOESCAPED = Set.of("html", "htm", "xml", "xhtml", "svg");

    private final Flask app;
    private final TemplateLoader loader;
    private volatile FlaskMustacheFactory escaping;
    private volatile FlaskMustacheFactory plain;

    /** An engine for {@code app}, searching the folders {@code folders} lists (app first, then blueprints). */
    public TemplateEngine(Flask app, Supplier<List<String[]>> folders) {
        this.app = app;
        this.loader = new TemplateLoader(app.rootPath(), () -> folders.get().stream()
                .map(f -> new TemplateLoader.Folder(f[0], f[1])).toList(), Thread.currentThread().getContextClassLoader());
    }

    /** Whether templates are reloaded when they change: {@code TEMPLATES_AUTO_RELOAD}, else debug. */
    public boolean autoReload() {
        Object v = app.config().get("TEMPLATES_AUTO_RELOAD");
        return v == null ? app.isDebug() : app.config().getBoolean("TEMPLATES_AUTO_RELOAD");
    }

    private FlaskMustacheFactory factory(boolean escape) {
        if (autoReload()) {
            return new FlaskMustacheFactory(loader, escape);
        }
        FlaskMustacheFactory f = escape ? escaping : plain;
        if (f == null) {
            synchronized (this) {
                f = escape ? escaping : plain;
                if (f == null) {
                    f = new FlaskMustacheFactory(loader, escape);
                    if (escape) {
                        escaping = f;
                    } else {
                        plain = f;
                    }
                }
            }
        }
        return f;
    }

    /** Whether a template of this name is autoescaped; Flask's {@code select_jinja_autoescape}. */
    public static boolean autoescapes(String name) {
        if (name == null) {
            return true;
        }
        int dot = name.lastIndexOf('.');
        return dot >= 0 && AUTOESCAPED.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    /** Renders the template {@code name} with {@code values} and the app's context; Flask's {@code render_template}. */
    public String render(String name, Map<String, ?> values) {
        if (app.config().getBoolean("EXPLAIN_TEMPLATE_LOADING")) {
            app.logger().info("Locating template '{}': {}", name, loader.explain(name));
        }
        Mustache mustache;
        try {
            mustache = factory(autoescapes(name)).compile(name);
        } catch (MustacheNotFoundException e) {
            throw new TemplateNotFound(name, loader.explain(name));
        }
        return render(new Template(name, null), mustache, values);
    }

    /** Renders template source text (autoescaped); Flask's {@code render_template_string}. */
    public String renderString(String source, Map<String, ?> values) {
        Mustache mustache = factory(true).compile(new StringReader(source), "template-string-" + source.hashCode());
        return render(new Template(null, source), mustache, values);
    }

    /**
     * Renders {@code name} as the response body is written, in chunks; Flask's {@code stream_template}.
     * The template signals are not sent for streamed templates (Flask sends them only around
     * {@code render_template}'s full render).
     */
    public java.util.Iterator<String> stream(String name, Map<String, ?> values) {
        Mustache mustache;
        try {
            mustache = factory(autoescapes(name)).compile(name);
        } catch (MustacheNotFoundException e) {
            throw new TemplateNotFound(name, loader.explain(name));
        }
        Map<String, Object> context = app.updateTemplateContext(values);
        context.putIfAbsent("url_for", new UrlForLambda());
        return new TemplateStream(mustache, context);
    }

    private String render(Template template, Mustache mustache, Map<String, ?> values) {
        Map<String, Object> context = app.updateTemplateContext(values);
        context.putIfAbsent("url_for", new UrlForLambda());
        if (Signals.BEFORE_RENDER_TEMPLATE.hasReceivers() || app.eventPublisher() != null) {
            BeforeRenderTemplate event = new BeforeRenderTemplate(app, template, context);
            Signals.BEFORE_RENDER_TEMPLATE.send(app, event);
            if (app.eventPublisher() != null) {
                app.eventPublisher().accept(event);
            }
        }
        StringWriter out = new StringWriter();
        mustache.execute(out, context);
        String rendered = out.toString();
        if (Signals.TEMPLATE_RENDERED.hasReceivers() || app.eventPublisher() != null) {
            TemplateRendered event = new TemplateRendered(app, template, context);
            Signals.TEMPLATE_RENDERED.send(app, event);
            if (app.eventPublisher() != null) {
                app.eventPublisher().accept(event);
            }
        }
        return rendered;
    }
}
