package dev.flaskspring.routing;

import java.net.IDN;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * All URL rules of an app, with the converters they may use; Werkzeug's {@code Map}.
 * <p>Rules are compiled when added; the matcher is re-sorted lazily, once, before the next match
 * after a change, so adding rules at any time is safe.
 */
public final class UrlMap {

    private final Map<String, UrlConverter> converters = new ConcurrentHashMap<>();
    private final Map<String, List<Rule>> rulesByEndpoint = new LinkedHashMap<>();
    private final List<Rule> rules = new ArrayList<>();
    private final StateMachineMatcher matcher = new StateMachineMatcher();
    private volatile boolean remap = true;
    private boolean strictSlashes = true;
    private boolean mergeSlashes = true;
    private boolean redirectDefaults = true;
    private boolean hostMatching;
    private boolean sortParameters;
    private String defaultSubdomain = "";

    /** An empty map with the built-in converters. */
    public UrlMap() {
        UnicodeConverter unicode = new UnicodeConverter();
        converters.put("default", unicode);
        converters.put("string", unicode);
        converters.put("any", new AnyConverter(List.of()));
        converters.put("path", new PathConverter());
        converters.put("int", new IntegerConverter());
        converters.put("float", new FloatConverter());
        converters.put("uuid", new UuidConverter());
    }

    /** The converters by name (mutable: register custom ones here before adding rules that use them). */
    public Map<String, UrlConverter> converters() {
        return converters;
    }

    /** Adds the rules of a submount, each under its path; Werkzeug's {@code Map.add(Submount(...))}. */
    public synchronized void add(Submount submount) {
        submount.rules().forEach(this::add);
    }

    /** Adds a rule; Werkzeug's {@code Map.add}. */
    public synchronized void add(Rule rule) {
        rule.bind(this);
        if (!rule.isBuildOnly()) {
            matcher.add(rule);
        }
        rules.add(rule);
        rulesByEndpoint.computeIfAbsent(rule.endpoint(), k -> new ArrayList<>()).add(rule);
        remap = true;
    }

    /** Every rule, in the order added; Werkzeug's {@code iter_rules()}. */
    public synchronized List<Rule> rules() {
        return List.copyOf(rules);
    }

    /** The rules of one endpoint, in build order; Werkzeug's {@code iter_rules(endpoint)}. */
    public List<Rule> rules(String endpoint) {
        update();
        List<Rule> list = rulesByEndpoint.get(endpoint);
        return list == null ? List.of() : Collections.unmodifiableList(list);
    }

    /** Whether any rule has {@code endpoint}. */
    public synchronized boolean hasEndpoint(String endpoint) {
        return rulesByEndpoint.containsKey(endpoint);
    }

    /** Whether a rule of {@code endpoint} has all of {@code arguments}; Werkzeug's {@code is_endpoint_expecting}. */
    public boolean isEndpointExpecting(String endpoint, String... arguments) {
        for (Rule rule : rules(endpoint)) {
            if (rule.arguments().containsAll(Arrays.asList(arguments))) {
                return true;
            }
        }
        return false;
    }

    /** Re-sorts the matcher and build order after changes; Werkzeug's {@code update}. */
    void update() {
        if (!remap) {
            return;
        }
        synchronized (this) {
            if (!remap) {
                return;
            }
            matcher.update();
            Comparator<Rule> byKey = (a, b) -> Arrays.compare(a.buildCompareKey(), b.buildCompareKey());
            rulesByEndpoint.values().forEach(list -> list.sort(byKey));
            remap = false;
        }
    }

    StateMachineMatcher matcher() {
        update();
        return matcher;
    }

    synchronized List<Rule> rulesOf(String endpoint) {
        List<Rule> list = rulesByEndpoint.get(endpoint);
        return list == null ? List.of() : list;
    }

    /**
     * Binds the map to a server for matching and building; Werkzeug's {@code Map.bind}.
     *
     * @param queryArgs the raw query string kept on redirects, or null
     */
    public MapAdapter bind(String serverName, String scriptName, String subdomain, String urlScheme,
            String defaultMethod, String pathInfo, String queryArgs) {
        String name = serverName.toLowerCase(Locale.ROOT);
        if (hostMatching) {
            if (subdomain != null) {
                throw new IllegalStateException("host matching enabled and a subdomain was provided");
            }
        } else if (subdomain == null) {
            subdomain = defaultSubdomain;
        }
        int colon = name.lastIndexOf(':');
        String hostOnly = colon >= 0 && name.indexOf(']', colon) < 0 ? name.substring(0, colon) : name;
        String port = hostOnly.length() < name.length() ? name.substring(hostOnly.length()) : "";
        try {
            hostOnly = hostOnly.startsWith("[") ? hostOnly : IDN.toASCII(hostOnly, IDN.ALLOW_UNASSIGNED);
        } catch (IllegalArgumentException e) {
            throw new dev.flaskspring.exceptions.BadHost();
        }
        return new MapAdapter(this, hostOnly + port, scriptName == null ? "/" : scriptName, subdomain,
                urlScheme == null ? "http" : urlScheme, pathInfo == null ? "/" : pathInfo,
                defaultMethod == null ? "GET" : defaultMethod, queryArgs);
    }

    /**
     * Binds the map to a request; Werkzeug's {@code bind_to_environ}. With {@code serverName} null the
     * request's host is the server name; with {@code subdomain} null (and no host matching) it is
     * derived from the host and the server name ({@code <invalid>} when they disagree).
     */
    public MapAdapter bindToEnviron(RequestTarget target, String serverName, String subdomain) {
        String wsgiServerName = target.host().toLowerCase(Locale.ROOT);
        String scheme = target.scheme();
        String name;
        if (serverName == null) {
            name = wsgiServerName;
        } else {
            name = serverName.toLowerCase(Locale.ROOT);
            if ("http".equals(scheme) && name.endsWith(":80")) {
                name = name.substring(0, name.length() - 3);
            } else if ("https".equals(scheme) && name.endsWith(":443")) {
                name = name.substring(0, name.length() - 4);
            }
        }
        if (subdomain == null && !hostMatching) {
            String[] current = wsgiServerName.split("\\.", -1);
            String[] real = name.split("\\.", -1);
            int offset = current.length - real.length;
            if (offset < 0 || !Arrays.equals(Arrays.copyOfRange(current, offset, current.length), real)) {
                System.getLogger(UrlMap.class.getName()).log(System.Logger.Level.DEBUG,
                        "Current server name ''{0}'' doesn''t match configured server name ''{1}''", wsgiServerName, name);
                subdomain = "<invalid>";
            } else {
                StringBuilder sb = new StringBuilder();
                for (int i = 0; i < offset; i++) {
                    if (!current[i].isEmpty()) {
                        if (sb.length() > 0) {
                            sb.append('.');
                        }
                        sb.append(current[i]);
                    }
                }
                subdomain = sb.toString();
            }
        }
        return bind(name, target.scriptName(), subdomain, scheme, target.method(), target.pathInfo(),
                target.queryString());
    }

    /** Whether a missing trailing slash redirects by default (true). */
    public boolean strictSlashes() {
        return strictSlashes;
    }

    /** Sets the default of {@link #strictSlashes()} for rules added later. */
    public void setStrictSlashes(boolean strictSlashes) {
        this.strictSlashes = strictSlashes;
    }

    /** Whether repeated slashes redirect to the merged URL by default (true). */
    public boolean mergeSlashes() {
        return mergeSlashes;
    }

    /** Sets the default of {@link #mergeSlashes()}. */
    public void setMergeSlashes(boolean mergeSlashes) {
        this.mergeSlashes = mergeSlashes;
    }

    /** Whether a URL spelling out a rule's defaults redirects to the canonical URL (true). */
    public boolean redirectDefaults() {
        return redirectDefaults;
    }

    /** Sets {@link #redirectDefaults()}. */
    public void setRedirectDefaults(boolean redirectDefaults) {
        this.redirectDefaults = redirectDefaults;
    }

    /** Whether rules match on their {@code host} instead of the subdomain. */
    public boolean isHostMatching() {
        return hostMatching;
    }

    /** Turns host matching on or off (before adding rules). */
    public void setHostMatching(boolean hostMatching) {
        this.hostMatching = hostMatching;
    }

    /** Whether built query strings are sorted by key. */
    public boolean sortParameters() {
        return sortParameters;
    }

    /** Sets {@link #sortParameters()}. */
    public void setSortParameters(boolean sortParameters) {
        this.sortParameters = sortParameters;
    }

    /** The subdomain of rules that name none (""). */
    public String defaultSubdomain() {
        return defaultSubdomain;
    }

    /** Sets {@link #defaultSubdomain()}. */
    public void setDefaultSubdomain(String defaultSubdomain) {
        this.defaultSubdomain = defaultSubdomain;
    }

    @Override
    public String toString() {
        return "UrlMap(" + rules() + ")";
    }
}
