package dev.flaskspring.jinja;

import com.hubspot.jinjava.lib.filter.Filter;
import com.hubspot.jinjava.objects.SafeString;
import dev.flaskspring.Flask;
import dev.flaskspring.templating.Markup;
import java.util.List;

/**
 * The filters whose Jinja meaning Jinjava's differ from: {@code escape}/{@code e} and {@code forceescape} with
 * markupsafe's entities and a safe result (Jinjava's would be escaped again), and Flask's {@code tojson}.
 */
final class FlaskFilters {

    private FlaskFilters() {
    }

    /** The filters, for the engine of {@code app}. */
    static List<Filter> all(Flask app) {
        return List.of(
                new PyFilter("escape", (v, a) -> escape(v, false)),
                new PyFilter("e", (v, a) -> escape(v, false)),
                new PyFilter("forceescape", (v, a) -> escape(v, true)),
                new PyFilter("tojson", (v, a) -> {
                    Object indent = a.get("indent", null);
                    return PyValues.fromJava(HtmlSafeJson.dumps(app, v, indent == null ? null
                            : ((Number) indent).intValue()));
                }, "indent"));
    }

    /**
     * markupsafe's {@code escape}: safe text unchanged (unless forced), anything else escaped into safe text; an
     * undefined value is empty, as Jinja's {@code Undefined}.
     */
    private static SafeString escape(Object value, boolean force) {
        if (value instanceof SafeString safe) {
            return force ? new SafeString(Markup.escapeText(safe.getValue())) : safe;
        }
        return new SafeString(value == null ? "" : Markup.escapeText(PyStr.str(value)));
    }
}
