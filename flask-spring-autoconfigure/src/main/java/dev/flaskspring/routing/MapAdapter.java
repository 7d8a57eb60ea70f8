package dev.flaskspring.routing;

import dev.flaskspring.exceptions.BuildError;
import dev.flaskspring.urls.Urls;
import java.net.URI;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A {@link UrlMap} bound to one server (and usually one request), for matching and building URLs;
 * Werkzeug's {@code MapAdapter}.
 */
public final class MapAdapter implements BuildError.Suggester {

    private static final String PATH_SAFE = "!$&'()*+,/:;=@";

    private final UrlMap map;
    private final String serverName;
    private final String scriptName;
    private final String subdomain;
    private final String urlScheme;
    private final String pathInfo;
    private final String defaultMethod;
    private final String queryArgs;

    MapAdapter(UrlMap map, String serverName, String scriptName, String subdomain, String urlScheme,
            String pathInfo, String defaultMethod, String queryArgs) {
        this.map = map;
        this.serverName = serverName;
        this.scriptName = scriptName.endsWith("/") ? scriptName : scriptName + "/";
        this.subdomain = subdomain;
        this.urlScheme = urlScheme;
        this.pathInfo = pathInfo;
        this.defaultMethod = defaultMethod;
        this.queryArgs = queryArgs;
    }

    /** The map. */
    public UrlMap map() {
        return map;
    }

    /** The server name (host, with a port when not the default). */
    public String serverName() {
        return serverName;
    }

    /** The script root, ending with a slash. */
    public String scriptName() {
        return scriptName;
    }

    /** The subdomain, or null with host matching. */
    public String subdomain() {
        return subdomain;
    }

    /** The URL scheme. */
    public String urlScheme() {
        return urlScheme;
    }

    /** Matches the bound path and method. */
    public MatchResult match() {
        return match(pathInfo, defaultMethod);
    }

    /** Matches {@code path} (decoded) for {@code method}; Werkzeug's {@code match}, with outcomes as values. */
    public MatchResult match(String path, String method) {
        MatchResult result = matchStructure(path, method);
        return result instanceof MatchResult.Pending pending ? complete(pending) : result;
    }

    /**
     * Matches the shape of the URL only: slash redirects, 404 and 405 are final; a matching rule comes
     * back {@link MatchResult.Pending}, to {@link #complete} once the request context exists.
     */
    public MatchResult matchStructure(String path, String method) {
        String m = (method == null ? defaultMethod : method).toUpperCase(Locale.ROOT);
        String domainPart = !map.isHostMatching() && subdomain != null ? subdomain : serverName;
        String pathPart = path == null || path.isEmpty() ? "" : "/" + stripLeadingSlashes(path);
        StateMachineMatcher.Outcome outcome = map.matcher().match(domainPart, pathPart, m, map.mergeSlashes());
        if (outcome.redirectPath() != null) {
            return new MatchResult.Redirect(makeRedirectUrl(Urls.quote(outcome.redirectPath(), PATH_SAFE), queryArgs, null), 308);
        }
        if (outcome.rule() == null) {
            return notMatched(outcome.haveMatchFor());
        }
        return new MatchResult.Pending(outcome.rule(), outcome.rawValues(), m, outcome.haveMatchFor());
    }

    /** Converts a pending match's values and applies default and {@code redirect_to} redirects. */
    public MatchResult complete(MatchResult.Pending pending) {
        Rule rule = pending.rule();
        Map<String, Object> values = StateMachineMatcher.convert(rule, pending.rawValues());
        if (values == null) {
            return notMatched(pending.haveMatchFor());
        }
        if (map.redirectDefaults()) {
            String redirect = defaultRedirect(rule, pending.method(), values);
            if (redirect != null) {
                return new MatchResult.Redirect(redirect, 308);
            }
        }
        if (rule.hasRedirect()) {
            String target = rule.redirectTarget(this, values);
            String netloc = subdomain != null && !subdomain.isEmpty() ? subdomain + "." + serverName : serverName;
            String base = urlScheme + "://" + netloc + scriptName;
            return new MatchResult.Redirect(URI.create(base).resolve(target).toString(), 308);
        }
        return new MatchResult.Match(rule, values);
    }

    private static MatchResult notMatched(Set<String> haveMatchFor) {
        return haveMatchFor != null ? new MatchResult.MethodNotAllowed(Collections.unmodifiableSet(haveMatchFor))
                : MatchResult.NOT_FOUND;
    }

    /** The methods the path accepts (empty when none); Werkzeug's {@code allowed_methods}. */
    public Set<String> allowedMethods(String path) {
        MatchResult result = match(path, "--");
        return result instanceof MatchResult.MethodNotAllowed m ? m.validMethods() : Set.of();
    }

    private String defaultRedirect(Rule rule, String method, Map<String, Object> values) {
        for (Rule r : map.rulesOf(rule.endpoint())) {
            if (r == rule) {
                break;
            }
            if (r.providesDefaultsFor(rule) && r.suitableFor(values, method)) {
                values.putAll(r.defaults());
                String[] built = r.build(values, true);
                return makeRedirectUrl(built[1], queryArgs, built[0]);
            }
        }
        return null;
    }

    private String makeRedirectUrl(String path, String query, String domainPart) {
        String host = host(domainPart);
        String root = scriptName.replaceAll("^/+|/+$", "");
        String full = root + "/" + stripLeadingSlashes(path);
        if (!full.startsWith("/")) {
            full = "/" + full;
        }
        return urlScheme + "://" + host + full + (query == null || query.isEmpty() ? "" : "?" + query);
    }

    /** The host for a built domain part; Werkzeug's {@code get_host}. */
    public String host(String domainPart) {
        if (map.isHostMatching()) {
            return domainPart == null ? serverName : domainPart;
        }
        String sub = domainPart == null ? subdomain : domainPart;
        return sub != null && !sub.isEmpty() ? sub + "." + serverName : serverName;
    }

    /** Builds a URL for {@code endpoint}; see {@link #build(String, Map, String, boolean, boolean, String)}. */
    public String build(String endpoint, Map<String, ?> values) {
        return build(endpoint, values, null, false, true, null);
    }

    /**
     * Builds the URL of {@code endpoint} with {@code values}; Werkzeug's {@code MapAdapter.build}.
     * Null values are ignored; unknown keys become the query string when {@code appendUnknown}; the URL
     * is relative unless {@code forceExternal} or its host differs from the bound one.
     *
     * @throws BuildError when no rule of the endpoint can be built with these values and method
     */
    public String build(String endpoint, Map<String, ?> values, String method, boolean forceExternal,
            boolean appendUnknown, String scheme) {
        Map<String, Object> vals = new LinkedHashMap<>();
        if (values != null) {
            values.forEach((k, v) -> {
                if (v != null) {
                    vals.put(k, v);
                }
            });
        }
        String[] built = partialBuild(endpoint, vals, method, appendUnknown);
        if (built == null) {
            throw new BuildError(endpoint, vals, method, this);
        }
        String domainPart = built[0];
        String path = built[1];
        String host = host(domainPart);
        String s = scheme != null ? scheme : urlScheme;
        if (s != null && !s.isEmpty()) {
            s = "https".equals(s) || "wss".equals(s) ? "https" : "http";
        }
        if (!forceExternal && ((map.isHostMatching() && host.equals(serverName))
                || (!map.isHostMatching() && domainPart.equals(subdomain == null ? "" : subdomain)))) {
            return stripTrailingSlashes(scriptName) + "/" + stripLeadingSlashes(path);
        }
        String schemePart = s != null && !s.isEmpty() ? s + ":" : "";
        return schemePart + "//" + host + scriptName.substring(0, scriptName.length() - 1) + "/" + stripLeadingSlashes(path);
    }

    private String[] partialBuild(String endpoint, Map<String, Object> values, String method, boolean appendUnknown) {
        map.update();
        if (method == null) {
            String[] rv = partialBuild(endpoint, values, defaultMethod, appendUnknown);
            if (rv != null) {
                return rv;
            }
        }
        String[] firstMatch = null;
        List<Rule> rules = map.rulesOf(endpoint);
        for (Rule rule : rules) {
            if (rule.suitableFor(values, method)) {
                String[] rv = rule.build(values, appendUnknown);
                if (rv != null) {
                    if (!map.isHostMatching()) {
                        return rv;
                    }
                    if (rv[0].equals(serverName)) {
                        return rv;
                    }
                    if (firstMatch == null) {
                        firstMatch = rv;
                    }
                }
            }
        }
        return firstMatch;
    }

    private static String stripLeadingSlashes(String s) {
        int i = 0;
        while (i < s.length() && s.charAt(i) == '/') {
            i++;
        }
        return s.substring(i);
    }

    private static String stripTrailingSlashes(String s) {
        int end = s.length();
        while (end > 0 && s.charAt(end - 1) == '/') {
            end--;
        }
        return s.substring(0, end);
    }

    /** The rule closest to a failed build, scored as Werkzeug's {@code BuildError.suggested}. */
    @Override
    public BuildError.Suggestion suggest(String endpoint, Map<String, ?> values, String method) {
        Rule best = null;
        double bestScore = -1;
        for (Rule rule : map.rules()) {
            double score = 0.98 * SequenceRatio.ratio(String.valueOf(rule.endpoint()), String.valueOf(endpoint))
                    + 0.01 * (rule.arguments().containsAll(values.keySet()) ? 1 : 0)
                    + 0.01 * (rule.methods() != null && rule.methods().contains(method) ? 1 : 0);
            if (score > bestScore) {
                best = rule;
                bestScore = score;
            }
        }
        if (best == null) {
            return null;
        }
        Set<String> arguments = new TreeSet<>(best.arguments());
        if (best.defaults() != null) {
            arguments.addAll(best.defaults().keySet());
        }
        return new BuildError.Suggestion(best.endpoint(), best.methods(), arguments);
    }

    @Override
    public String toString() {
        return "<MapAdapter " + urlScheme + "://" + serverName + scriptName + " subdomain=" + subdomain + ">";
    }
}
