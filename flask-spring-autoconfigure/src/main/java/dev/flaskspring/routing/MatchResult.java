package dev.flaskspring.routing;

import java.util.Map;
import java.util.Set;

/**
 * The outcome of matching a URL: a rule with its values, a redirect, no match, or a wrong method.
 * Werkzeug raises these as exceptions; here they are plain values, so a miss costs nothing.
 */
public sealed interface MatchResult {

    /** The shared not-found outcome. */
    MatchResult NOT_FOUND = new NotFound();

    /** A rule matched; {@code values} holds the converted variables and the rule's defaults. */
    record Match(Rule rule, Map<String, Object> values) implements MatchResult {
    }

    /**
     * A rule matched the URL's shape; its variables are not converted yet. {@link MapAdapter#complete}
     * converts them (inside the request context, where converters may use it) and applies redirects.
     */
    record Pending(Rule rule, java.util.List<String> rawValues, String method, Set<String> haveMatchFor)
            implements MatchResult {
    }

    /** The URL must be requested elsewhere (trailing slash, canonical defaults, {@code redirect_to}); Werkzeug's {@code RequestRedirect}. */
    record Redirect(String location, int code) implements MatchResult {
    }

    /** No rule matches; Werkzeug's {@code NotFound}. */
    record NotFound() implements MatchResult {
    }

    /** Rules match the URL but not the method; Werkzeug's {@code MethodNotAllowed}. */
    record MethodNotAllowed(Set<String> validMethods) implements MatchResult {
    }
}
