package dev.flaskspring.jinja;

import com.hubspot.jinjava.objects.SafeString;
import dev.flaskspring.Flask;
import dev.flaskspring.templating.Markup;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.ObjectWriter;

/**
 * Flask's {@code |tojson}: the app's JSON ({@code app.json}: sorted keys, HTTP dates, {@code Markup} as its text) with
 * Python's {@code json.dumps} layout ({@code ", "} and {@code ": "}, or {@code indent} spaces per level), non-ASCII
 * as {@code \}{@code uXXXX}, then {@code < > & '} as {@code \}{@code u003c} … so the result is safe in HTML and in
 * {@code <script>}; Jinja's {@code htmlsafe_json_dumps}.
 */
final class HtmlSafeJson {

    private static final Separators PYTHON = Separators.createDefaultInstance()
            .withRootSeparator("")
            .withObjectNameValueSpacing(Separators.Spacing.AFTER)
            .withObjectEntrySpacing(Separators.Spacing.AFTER)
            .withArrayElementSpacing(Separators.Spacing.AFTER)
            .withObjectEmptySeparator("")
            .withArrayEmptySeparator("");

    private HtmlSafeJson() {
    }

    /** The HTML-safe JSON of {@code value}, on one line or indented by {@code indent} spaces. */
    static Markup dumps(Flask app, Object value, Integer indent) {
        String json = writer(app, indent).writeValueAsString(plain(value));
        StringBuilder out = new StringBuilder(json.length() + 16);
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (c == '<' || c == '>' || c == '&' || c == '\'' || c > 0x7e) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return new Markup(out.toString());
    }

    private static ObjectWriter writer(Flask app, Integer indent) {
        if (indent == null) {
            DefaultPrettyPrinter oneLine = new DefaultPrettyPrinter(PYTHON)
                    .withObjectIndenter(new DefaultPrettyPrinter.NopIndenter())
                    .withArrayIndenter(new DefaultPrettyPrinter.NopIndenter());
            return app.json().mapper().writer().with(oneLine);
        }
        DefaultIndenter lines = new DefaultIndenter(" ".repeat(indent), "\n");
        DefaultPrettyPrinter indented = new DefaultPrettyPrinter(PYTHON
                .withObjectEntrySpacing(Separators.Spacing.NONE)
                .withArrayElementSpacing(Separators.Spacing.NONE))
                .withObjectIndenter(lines)
                .withArrayIndenter(lines);
        return app.json().mapper().writer().with(indented);
    }

    /** The value with Jinjava's wrappers as the app's types, so that the app's JSON rules apply to it. */
    private static Object plain(Object value) {
        if (value == PyNone.INSTANCE) {
            return null;
        }
        if (value instanceof SafeString safe) {
            return new Markup(safe.getValue());
        }
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put(k, plain(v)));
            return out;
        }
        if (value instanceof Collection<?> items && !(value instanceof java.util.Set)) {
            List<Object> out = new ArrayList<>(items.size());
            items.forEach(v -> out.add(plain(v)));
            return out;
        }
        return value;
    }
}
