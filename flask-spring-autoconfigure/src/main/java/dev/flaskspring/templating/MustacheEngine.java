package dev.flaskspring.templating;

import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheNotFoundException;
import com.github.mustachejava.MustacheResolver;
import dev.flaskspring.Flask;
import java.io.IOException;
import java.io.StringReader;
import java.io.Writer;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The core's template engine, on mustache.java, configured as Flask configures Jinja.
 * <p>{@code .html .htm .xml .xhtml .svg} templates (and template strings) are escaped as Flask
 * autoescapes them; others are not. Compiled templates are cached unless {@code TEMPLATES_AUTO_RELOAD}
 * (default: debug) asks to reload them. {@code url_for} is a section lambda:
 * {@code {{#url_for}}blog.update id={{id}}{{/url_for}}}.
 */
public final class MustacheEngine implements TemplateEngine {

    private static final Set<String> AUTOESCAPED = Set.of("html", "htm", "xml", "xhtml", "svg");
    private static final UrlForLambda URL_FOR = new UrlForLambda();

    private final Flask app;
    private final TemplateLoader loader;
    private final MustacheResolver resolver;
    private volatile FlaskMustacheFactory escaping;
    private volatile FlaskMustacheFactory plain;

    /** An engine for {@code app}, finding templates with {@code loader}. */
    public MustacheEngine(Flask app, TemplateLoader loader) {
        this.app = app;
        this.loader = loader;
        this.resolver = name -> loader.load(name).map(source -> new StringReader(source.text())).orElse(null);
    }

    /** Whether a template of this name is autoescaped; Flask's {@code select_jinja_autoescape}. */
    public static boolean autoescapes(String name) {
        if (name == null) {
            return true;
        }
        int dot = name.lastIndexOf('.');
        return dot >= 0 && AUTOESCAPED.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    @Override
    public Template getTemplate(String name) {
        try {
            return new MustacheTemplate(name, factory(autoescapes(name)).compile(name));
        } catch (MustacheNotFoundException e) {
            throw loader.notFound(name);
        }
    }

    @Override
    public Template fromString(String source) {
        return new MustacheTemplate(null,
                factory(true).compile(new StringReader(source), "template-string-" + source.hashCode()));
    }

    private FlaskMustacheFactory factory(boolean escape) {
        if (app.templates().autoReload()) {
            return new FlaskMustacheFactory(resolver, escape);
        }
        FlaskMustacheFactory f = escape ? escaping : plain;
        if (f == null) {
            synchronized (this) {
                f = escape ? escaping : plain;
                if (f == null) {
                    f = new FlaskMustacheFactory(resolver, escape);
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

    /** A compiled Mustache template; {@code url_for} joins its context as Jinja's global does. */
    private record MustacheTemplate(String name, Mustache mustache) implements Template {
        @Override
        public void render(Map<String, Object> context, Writer out) throws IOException {
            context.putIfAbsent("url_for", URL_FOR);
            mustache.execute(out, context).flush();
        }
    }
}
