package dev.flaskspring.templating;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.DefaultMustacheVisitor;
import com.github.mustachejava.MustacheResolver;
import com.github.mustachejava.MustacheVisitor;
import com.github.mustachejava.TemplateContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * mustache.java configured as Flask configures Jinja: markupsafe escaping (or none), {@link Markup}
 * written unescaped, the request's multi-dicts and headers read by key ({@link TemplateObjectHandler}),
 * and partial/parent names taken from the template root as Jinja's
 * {@code {% extends "base.html" %}} does, not relative to the including template.
 */
final class FlaskMustacheFactory extends DefaultMustacheFactory {

    private final boolean escape;

    FlaskMustacheFactory(MustacheResolver resolver, boolean escape) {
        super(resolver);
        this.escape = escape;
        setObjectHandler(new TemplateObjectHandler());
    }

    @Override
    public void encode(String value, Writer writer) {
        try {
            writer.write(escape ? Markup.escapeText(value) : value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String resolvePartialPath(String dir, String name, String extension) {
        String path = name.startsWith("/") ? name.substring(1) : name;
        return path.contains(".") ? path : path + extension;
    }

    @Override
    public MustacheVisitor createMustacheVisitor() {
        return new DefaultMustacheVisitor(this) {
            @Override
            public void value(TemplateContext tc, String variable, boolean encoded) {
                list.add(new MarkupValueCode(tc, df, variable, encoded));
            }
        };
    }
}
