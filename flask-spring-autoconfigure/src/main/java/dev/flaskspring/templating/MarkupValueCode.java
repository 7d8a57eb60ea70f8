package dev.flaskspring.templating;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.MustacheException;
import com.github.mustachejava.TemplateContext;
import com.github.mustachejava.codes.ValueCode;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** A {@code {{value}}} tag that writes {@link Markup} as it is and escapes anything else, as Jinja with markupsafe. */
final class MarkupValueCode extends ValueCode {

    MarkupValueCode(TemplateContext tc, DefaultMustacheFactory df, String variable, boolean encoded) {
        super(tc, df, variable, encoded);
    }

    @Override
    public Writer execute(Writer writer, List<Object> scopes) {
        Object value = get(scopes);
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
}
