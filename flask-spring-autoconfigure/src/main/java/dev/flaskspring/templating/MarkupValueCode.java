package dev.flaskspring.templating;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.MustacheException;
import com.github.mustachejava.TemplateContext;
import com.github.mustachejava.codes.ValueCode;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * A {@code {{value}}} tag that writes {@link Markup} as it is and escapes anything else, as Jinja with markupsafe.
 * <p>A {@link Callable} value is called, as mustache.java calls it; {@link Markup} it returns is not escaped either
 * (a Jinja global such as Flask-WTF's {@code csrf_meta_tag()}).
 */
final class MarkupValueCode extends ValueCode {

    MarkupValueCode(TemplateContext tc, DefaultMustacheFactory df, String variable, boolean encoded) {
        super(tc, df, variable, encoded);
    }

    @Override
    public Writer execute(Writer writer, List<Object> scopes) {
        Object value = get(scopes);
        if (value instanceof Callable<?> callable && les == null) {
            value = call(callable);
            if (!(value instanceof Markup)) {
                try {
                    execute(writer, value == null ? null : oh.stringify(value));
                } catch (IOException e) {
                    throw new MustacheException("Failed to write", e);
                }
                return appendText(writer);
            }
        }
        if (value instanceof Markup markup) {
            try {
                writer.write(markup.html());
            } catch (IOException e) {
                throw new MustacheException("Failed to write", e);
            }
            return appendText(writer);
        }
        return super.execute(writer, scopes);
    }

    private Object call(Callable<?> callable) {
        try {
            return callable.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new MustacheException("Failed to get value for " + name, e, tc);
        }
    }
}
