package dev.flaskspring.exceptions;

import dev.flaskspring.routing.MapAdapter;
import dev.flaskspring.routing.Rule;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * No URL could be built for an endpoint with the given values; Werkzeug's {@code BuildError}.
 * <p>The message suggests the closest endpoint, the missing values, or the methods to use.
 */
public class BuildError extends RuntimeException {

    private final String endpoint;
    private final Map<String, ?> values;
    private final String method;
    private final transient MapAdapter adapter;

    /** Creates the error; {@code adapter} (nullable) is used to suggest a close rule. */
    public BuildError(String endpoint, Map<String, ?> values, String method, MapAdapter adapter) {
        this.endpoint = endpoint;
        this.values = values == null ? Map.of() : values;
        this.method = method;
        this.adapter = adapter;
    }

    /** The endpoint that could not be built. */
    public String endpoint() {
        return endpoint;
    }

    /** The values given. */
    public Map<String, ?> values() {
        return values;
    }

    /** The method asked for, or null. */
    public String method() {
        return method;
    }

    /** The rule closest to what was asked, or null; Werkzeug's {@code suggested}. */
    public Rule suggested() {
        if (adapter == null) {
            return null;
        }
        Rule best = null;
        double bestScore = -1;
        for (Rule rule : adapter.map().rules()) {
            double score = 0.98 * SequenceRatio.ratio(String.valueOf(rule.endpoint()), String.valueOf(endpoint))
                    + 0.01 * (rule.arguments().containsAll(values.keySet()) ? 1 : 0)
                    + 0.01 * (rule.methods() != null && rule.methods().contains(method) ? 1 : 0);
            if (score > bestScore) {
                best = rule;
                bestScore = score;
            }
        }
        return best;
    }

    @Override
    public String getMessage() {
        StringBuilder message = new StringBuilder("Could not build url for endpoint '" + endpoint + "'");
        if (method != null) {
            message.append(" ('").append(method).append("')");
        }
        if (!values.isEmpty()) {
            message.append(" with values ").append(pyList(values.keySet()));
        }
        message.append('.');
        Rule suggested = suggested();
        if (suggested != null) {
            if (endpoint.equals(suggested.endpoint())) {
                if (method != null && suggested.methods() != null && !suggested.methods().contains(method)) {
                    message.append(" Did you mean to use methods ").append(pyList(suggested.methods())).append('?');
                }
                Set<String> missing = new TreeSet<>(suggested.arguments());
                if (suggested.defaults() != null) {
                    missing.addAll(suggested.defaults().keySet());
                }
                missing.removeAll(values.keySet());
                if (!missing.isEmpty()) {
                    message.append(" Did you forget to specify values ").append(pyList(missing)).append('?');
                }
            } else {
                message.append(" Did you mean '").append(suggested.endpoint()).append("' instead?");
            }
        }
        return message.toString();
    }

    private static String pyList(Collection<String> items) {
        StringBuilder sb = new StringBuilder("[");
        for (String item : new TreeSet<>(items)) {
            if (sb.length() > 1) {
                sb.append(", ");
            }
            sb.append('\'').append(item).append('\'');
        }
        return sb.append(']').toString();
    }
}
