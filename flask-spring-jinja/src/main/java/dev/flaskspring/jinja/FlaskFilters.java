package dev.flaskspring.jinja;

import com.hubspot.jinjava.interpret.JinjavaInterpreter;
import com.hubspot.jinjava.lib.filter.Filter;
import com.hubspot.jinjava.objects.SafeString;
import dev.flaskspring.Flask;
import dev.flaskspring.templating.Markup;
import java.util.List;
import java.util.Map;

/**
 * The filters whose Jinja meaning Jinjava's differ from: {@code escape}/{@code e} and {@code forceescape} with
 * markupsafe's entities and a safe result (Jinjava's would be escaped again), and Flask's {@code tojson}.
 */
final class FlaskFilters {

    private FlaskFilters() {
    }

    /** The filters, for the engine of {@code app}. */
    static List<Filter> all(Flask app) {
        return List.of(new Escape("escape", false), new Escape("e", false), new Escape("forceescape", true),
                new Tojson(app));
    }

    /** A filter with positional and keyword arguments; Jinjava's string-argument form is not used. */
    private abstract static class PyFilter implements Filter {

        @Override
        public Object filter(Object var, JinjavaInterpreter interpreter, String... args) {
            return filter(var, interpreter, args, Map.of());
        }

        @Override
        public abstract Object filter(Object var, JinjavaInterpreter interpreter, Object[] args,
                Map<String, Object> kwargs);
    }

    /** markupsafe's {@code escape}: safe text unchanged (unless forced), anything else escaped into safe text. */
    private static final class Escape extends PyFilter {
        private final String name;
        private final boolean force;

        Escape(String name, boolean force) {
            this.name = name;
            this.force = force;
        }

        @Override
        public String getName() {
            return name;
        }

        @Override
        public Object filter(Object var, JinjavaInterpreter interpreter, Object[] args, Map<String, Object> kwargs) {
            if (var instanceof SafeString safe && !force) {
                return safe;
            }
            return new SafeString(Markup.escapeText(var instanceof SafeString safe ? safe.getValue() : PyStr.str(var)));
        }
    }

    /** Flask's {@code tojson(indent=None)}: {@link HtmlSafeJson}. */
    private static final class Tojson extends PyFilter {
        private final Flask app;

        Tojson(Flask app) {
            this.app = app;
        }

        @Override
        public String getName() {
            return "tojson";
        }

        @Override
        public Object filter(Object var, JinjavaInterpreter interpreter, Object[] args, Map<String, Object> kwargs) {
            Object indent = args.length > 0 ? args[0] : kwargs.get("indent");
            return PyValues.fromJava(HtmlSafeJson.dumps(app, var, indent == null ? null : ((Number) indent).intValue()));
        }
    }
}
