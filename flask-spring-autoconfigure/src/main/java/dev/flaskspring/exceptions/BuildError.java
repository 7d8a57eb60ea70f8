package dev.flaskspring.exceptions;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * No URL could be built for an endpoint with the given values; Werkzeug's {@code BuildError}.
 * <p>The message suggests the closest endpoint, the missing values, or the methods to use.
 */
public class BuildError extends RuntimeException {

    /** The rule closest to a failed build: its endpoint, methods, and the values it needs (defaults included). */
    public record Suggestion(String endpoint, Set<String> methods, Set<String> arguments) {
    }

    /** Finds the rule closest to a failed build; the URL map adapter is one. */
    @FunctionalInterface
    public interface Suggester {
        /** The closest rule for {@code endpoint} with {@code values} and {@code method}, or null when there is none. */
        Suggestion suggest(String endpoint, Map<String, ?> values, String method);
    }

    private final String endpoint;
    private final Map<String, ?> values;
    private final String method;
    private final transient Suggester suggester;

    /** Creates the error; {@code suggester} (nullable) names a close rule in the message. */
    public BuildError(String endpoint, Map<String, ?> values, String method, Suggester suggester) {
        this.endpoint = endpoint;
        this.values = values == null ? Map.of() : values;
        this.method = method;
        this.suggester = suggester;
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
    public Suggestion suggested() {
        return suggester == null ? null : suggester.suggest(endpoint, values, method);
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
        Suggestion suggested = suggested();
        if (suggested != null) {
            if (endpoint.equals(suggested.endpoint())) {
                if (method != null && suggested.methods() != null && !suggested.methods().contains(method)) {
                    message.append(" Did you mean to use methods ").append(pyList(suggested.methods())).append('?');
                }
                Set<String> missing = new TreeSet<>(suggested.arguments());
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
