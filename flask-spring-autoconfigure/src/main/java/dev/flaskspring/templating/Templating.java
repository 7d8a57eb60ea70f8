package dev.flaskspring.templating;

import dev.flaskspring.Flask;
import dev.flaskspring.signals.AppEvents;
import dev.flaskspring.signals.BeforeRenderTemplate;
import dev.flaskspring.signals.Signals;
import dev.flaskspring.signals.TemplateRendered;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.function.Supplier;

/**
 * Renders an app's templates: picks the engine, builds the context, sends the template signals; Flask's
 * {@code templating} module ({@code render_template}, {@code render_template_string}, {@code stream_template}).
 * <p>The engine is {@code TEMPLATE_ENGINE}'s when set ({@code "mustache"}, or the name of a
 * {@link TemplateEngineProvider} on the classpath), else the one provider found, else Mustache.
 */
public final class Templating {

    /** The name of the core's engine. */
    public static final String MUSTACHE = "mustache";

    private final Flask app;
    private final TemplateLoader loader;
    private volatile TemplateEngine engine;

    /** Templating for {@code app}, with templates in {@code folders} (the app's first, then the blueprints'). */
    public Templating(Flask app, Supplier<List<TemplateLoader.Folder>> folders) {
        this.app = app;
        this.loader = new TemplateLoader(app.rootPath(), folders, Thread.currentThread().getContextClassLoader());
    }

    /** The loader every engine of this app finds templates with. */
    public TemplateLoader loader() {
        return loader;
    }

    /**
     * Whether templates are compiled again when they change: {@code TEMPLATES_AUTO_RELOAD}, else debug mode;
     * Flask's {@code jinja_env.auto_reload}.
     */
    public boolean autoReload() {
        Object v = app.config().get("TEMPLATES_AUTO_RELOAD");
        return v == null ? app.isDebug() : app.config().getBoolean("TEMPLATES_AUTO_RELOAD");
    }

    /** The engine, chosen on first use; Flask's {@code jinja_env}. */
    public TemplateEngine engine() {
        TemplateEngine e = engine;
        if (e == null) {
            synchronized (this) {
                if (engine == null) {
                    engine = createEngine();
                }
                e = engine;
            }
        }
        return e;
    }

    private TemplateEngine createEngine() {
        Object configured = app.config().get("TEMPLATE_ENGINE");
        String wanted = configured == null ? null : configured.toString().trim();
        if (MUSTACHE.equals(wanted)) {
            return new MustacheEngine(app, loader);
        }
        List<TemplateEngineProvider> providers = new ArrayList<>();
        ServiceLoader.load(TemplateEngineProvider.class, Thread.currentThread().getContextClassLoader())
                .forEach(providers::add);
        List<String> names = providers.stream().map(TemplateEngineProvider::name).toList();
        if (wanted == null || wanted.isEmpty()) {
            if (providers.size() > 1) {
                throw new IllegalStateException("Several template engines are on the classpath " + names
                        + ": set TEMPLATE_ENGINE (flask.template-engine) to one of them or to 'mustache'.");
            }
            return providers.isEmpty() ? new MustacheEngine(app, loader) : providers.get(0).create(app, loader);
        }
        for (TemplateEngineProvider provider : providers) {
            if (provider.name().equals(wanted)) {
                return provider.create(app, loader);
            }
        }
        throw new IllegalStateException("TEMPLATE_ENGINE is '" + wanted + "', but the engines available are "
                + MUSTACHE + (names.isEmpty() ? "" : ", " + String.join(", ", names))
                + ". Add the engine's artifact (flask-spring-" + wanted + ") to the classpath.");
    }

    /** Renders the template {@code name} with {@code values} and the app's context; Flask's {@code render_template}. */
    public String render(String name, Map<String, ?> values) {
        explainLoading(name);
        return render(engine().getTemplate(name), values);
    }

    /** Renders template source text (autoescaped); Flask's {@code render_template_string}. */
    public String renderString(String source, Map<String, ?> values) {
        return render(engine().fromString(source), values);
    }

    /**
     * Renders {@code name} as the response body is written, in chunks; Flask's {@code stream_template}. The
     * {@code before_render_template} signal is sent now, {@code template_rendered} after the last chunk, as Flask's
     * generator sends them.
     */
    public Iterator<String> stream(String name, Map<String, ?> values) {
        explainLoading(name);
        return stream(engine().getTemplate(name), values);
    }

    /** Renders template source text as the response is written; Flask's {@code stream_template_string}. */
    public Iterator<String> streamString(String source, Map<String, ?> values) {
        return stream(engine().fromString(source), values);
    }

    private void explainLoading(String name) {
        if (app.config().getBoolean("EXPLAIN_TEMPLATE_LOADING")) {
            app.logger().info("Locating template '{}': {}", name, loader.explain(name));
        }
    }

    private String render(Template template, Map<String, ?> values) {
        Map<String, Object> context = app.updateTemplateContext(values);
        beforeRender(template, context);
        StringWriter out = new StringWriter();
        try {
            template.render(context, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        rendered(template, context);
        return out.toString();
    }

    private Iterator<String> stream(Template template, Map<String, ?> values) {
        Map<String, Object> context = app.updateTemplateContext(values);
        beforeRender(template, context);
        return new TemplateStream(out -> {
            template.render(context, out);
            rendered(template, context);
        });
    }

    private void beforeRender(Template template, Map<String, Object> context) {
        AppEvents.send(app, Signals.BEFORE_RENDER_TEMPLATE, BeforeRenderTemplate.class,
                () -> new BeforeRenderTemplate(app, template, context));
    }

    private void rendered(Template template, Map<String, Object> context) {
        AppEvents.send(app, Signals.TEMPLATE_RENDERED, TemplateRendered.class,
                () -> new TemplateRendered(app, template, context));
    }
}
