package dev.flaskspring.routing;

import dev.flaskspring.urls.Urls;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One URL pattern such as {@code /user/<int:id>} with its endpoint, methods and options; Werkzeug's
 * {@code Rule}. Build one with {@link #builder(String)}; it is compiled when added to a {@link UrlMap}.
 */
public final class Rule {

    private static final Pattern PART = Pattern.compile(
            "(?<slash>/)|(?<static>[^</]+)|<(?:(?<converter>[a-zA-Z_][a-zA-Z0-9_]*)(?:\\((?<arguments>.*?)\\))?:)?"
                    + "(?<variable>[a-zA-Z_][a-zA-Z0-9_]*)>");
    private static final String STATIC_SAFE = "!$&'()*+,/:;=@";

    /** One step of building a URL: literal text (already quoted) or a variable; Werkzeug's {@code _trace}. */
    record TraceItem(boolean dynamic, String data) {
    }

    private final String rule;
    private final String endpoint;
    private final Set<String> methods;
    private final Map<String, Object> defaults;
    private Boolean strictSlashes;
    private Boolean mergeSlashes;
    private final String redirectTo;
    private final BiFunction<MapAdapter, Map<String, Object>, String> redirectToFunction;
    private String subdomain;
    private final String host;
    private final boolean buildOnly;
    private final boolean provideAutomaticOptions;
    private final Set<String> arguments = new LinkedHashSet<>();
    private final Map<String, UrlConverter> converters = new LinkedHashMap<>();
    private final List<TraceItem> trace = new ArrayList<>();
    private final List<RulePart> parts = new ArrayList<>();
    private UrlMap map;

    private Rule(Builder b) {
        if (!b.rule.startsWith("/")) {
            throw new IllegalArgumentException("URL rule '" + b.rule + "' must start with a slash.");
        }
        this.rule = b.rule;
        this.endpoint = b.endpoint;
        if (b.methods != null) {
            Set<String> m = new LinkedHashSet<>();
            b.methods.forEach(x -> m.add(x.toUpperCase(Locale.ROOT)));
            if (m.contains("GET")) {
                m.add("HEAD");
            }
            this.methods = Collections.unmodifiableSet(m);
        } else {
            this.methods = null;
        }
        this.defaults = b.defaults == null || b.defaults.isEmpty() ? null : Collections.unmodifiableMap(new LinkedHashMap<>(b.defaults));
        if (this.defaults != null) {
            arguments.addAll(this.defaults.keySet());
        }
        this.strictSlashes = b.strictSlashes;
        this.mergeSlashes = b.mergeSlashes;
        this.redirectTo = b.redirectTo;
        this.redirectToFunction = b.redirectToFunction;
        this.subdomain = b.subdomain;
        this.host = b.host;
        this.buildOnly = b.buildOnly;
        this.provideAutomaticOptions = b.provideAutomaticOptions;
    }

    /** A builder for the rule text {@code rule}, which must start with a slash. */
    public static Builder builder(String rule) {
        return new Builder(rule);
    }

    /** The rule text as given. */
    public String rule() {
        return rule;
    }

    /** The endpoint name. */
    public String endpoint() {
        return endpoint;
    }

    /** The accepted methods (HEAD added with GET), or null for any. */
    public Set<String> methods() {
        return methods;
    }

    /** The defaults, or null. */
    public Map<String, Object> defaults() {
        return defaults;
    }

    /** The variable names and default keys; Werkzeug's {@code arguments}. */
    public Set<String> arguments() {
        return Collections.unmodifiableSet(arguments);
    }

    /** Whether a missing trailing slash redirects (null before the rule is added to a map). */
    public Boolean strictSlashes() {
        return strictSlashes;
    }

    /** Whether repeated slashes are merged (null before the rule is added to a map). */
    public Boolean mergeSlashes() {
        return mergeSlashes;
    }

    /** The redirect target template, or null. */
    public String redirectTo() {
        return redirectTo;
    }

    /** Whether the rule redirects (by template or function). */
    public boolean hasRedirect() {
        return redirectTo != null || redirectToFunction != null;
    }

    /** The subdomain pattern, or null. */
    public String subdomain() {
        return subdomain;
    }

    /** The host pattern, or null. */
    public String host() {
        return host;
    }

    /** Whether the rule only builds URLs. */
    public boolean isBuildOnly() {
        return buildOnly;
    }

    /** Whether OPTIONS is answered automatically (Flask's rule attribute). */
    public boolean provideAutomaticOptions() {
        return provideAutomaticOptions;
    }

    /** The map the rule was added to, or null. */
    public UrlMap map() {
        return map;
    }

    Map<String, UrlConverter> converters() {
        return converters;
    }

    List<RulePart> parts() {
        return parts;
    }

    /** Binds the rule to {@code map} and compiles it; Werkzeug's {@code bind}. */
    void bind(UrlMap map) {
        if (this.map != null) {
            throw new IllegalStateException("url rule " + this + " already bound to map " + this.map);
        }
        this.map = map;
        if (strictSlashes == null) {
            strictSlashes = map.strictSlashes();
        }
        if (mergeSlashes == null) {
            mergeSlashes = map.mergeSlashes();
        }
        if (subdomain == null) {
            subdomain = map.defaultSubdomain();
        }
        compile();
    }

    private void compile() {
        String domainRule = map.isHostMatching() ? Objects.requireNonNullElse(host, "") : Objects.requireNonNullElse(subdomain, "");
        parts.clear();
        trace.clear();
        converters.clear();
        if (domainRule.isEmpty()) {
            parts.add(RulePart.literal("", Weighting.NONE));
        } else {
            parseRule(domainRule);
        }
        trace.add(new TraceItem(false, "|"));
        parseRule(mergeSlashes ? rule.replaceAll("/{2,}", "/") : rule);
    }

    /** Splits rule text into parts at slashes, registering converters as it goes; Werkzeug's {@code _parse_rule}. */
    private void parseRule(String text) {
        StringBuilder content = new StringBuilder();
        boolean isStatic = true;
        List<Integer> argumentWeights = new ArrayList<>();
        List<int[]> staticWeights = new ArrayList<>();
        boolean isFinal = false;
        int groups = 0;
        int pos = 0;
        Matcher m = PART.matcher(text);
        while (pos < text.length()) {
            if (!m.find(pos) || m.start() != pos) {
                throw new IllegalArgumentException("malformed url rule: '" + text + "'");
            }
            if (m.group("static") != null) {
                String s = m.group("static");
                staticWeights.add(new int[] {staticWeights.size(), -s.length()});
                trace.add(new TraceItem(false, Urls.quote(s, STATIC_SAFE)));
                content.append(isStatic ? s : Pattern.quote(s));
            }
            if (m.group("variable") != null) {
                if (isStatic) {
                    String literal = content.toString();
                    content.setLength(0);
                    if (!literal.isEmpty()) {
                        content.append(Pattern.quote(literal));
                    }
                }
                isStatic = false;
                String variable = m.group("variable");
                UrlConverter converter = converter(m.group("converter"), m.group("arguments"));
                converters.put(variable, converter);
                arguments.add(variable);
                if (!converter.partIsolating()) {
                    isFinal = true;
                }
                content.append("(?<wz").append(groups).append('>').append(converter.regex()).append(')');
                groups++;
                argumentWeights.add(converter.weight());
                trace.add(new TraceItem(true, variable));
            }
            if (m.group("slash") != null) {
                trace.add(new TraceItem(false, "/"));
                if (isFinal) {
                    content.append('/');
                } else {
                    Weighting weight = new Weighting(-staticWeights.size(), staticWeights, -argumentWeights.size(), argumentWeights);
                    parts.add(isStatic ? RulePart.literal(content.toString(), weight)
                            : RulePart.dynamic(content + "\\z", false, false, weight, groups));
                    content.setLength(0);
                    isStatic = true;
                    argumentWeights = new ArrayList<>();
                    staticWeights = new ArrayList<>();
                    isFinal = false;
                    groups = 0;
                }
            }
            pos = m.end();
        }
        boolean suffixed = false;
        String regex = content.toString();
        if (isFinal && regex.endsWith("/")) {
            suffixed = true;
            regex = regex.substring(0, regex.length() - 1) + "(?<!/)(?<wzsuffix>/?)";
        }
        Weighting weight = new Weighting(-staticWeights.size(), staticWeights, -argumentWeights.size(), argumentWeights);
        parts.add(isStatic ? RulePart.literal(regex, weight) : RulePart.dynamic(regex + "\\z", isFinal, suffixed, weight, groups));
        if (suffixed) {
            parts.add(RulePart.literal("", weight));
        }
    }

    private UrlConverter converter(String name, String argumentText) {
        String converterName = name == null ? "default" : name;
        UrlConverter base = map.converters().get(converterName);
        if (base == null) {
            throw new IllegalArgumentException("the converter '" + converterName + "' does not exist");
        }
        if (argumentText == null) {
            return base;
        }
        Map.Entry<List<Object>, Map<String, Object>> parsed = ConverterArgs.parse(argumentText);
        return base.withArguments(parsed.getKey(), parsed.getValue());
    }

    /**
     * Builds {@code [domain, path]} from {@code values}, or null when a converter refuses a value;
     * unknown values become the query string when {@code appendUnknown}. Werkzeug's {@code build}.
     */
    String[] build(Map<String, Object> values, boolean appendUnknown) {
        StringBuilder domain = new StringBuilder();
        StringBuilder path = new StringBuilder();
        StringBuilder target = domain;
        try {
            for (TraceItem item : trace) {
                if (!item.dynamic() && target == domain && item.data().equals("|")) {
                    target = path;
                } else if (!item.dynamic()) {
                    target.append(item.data());
                } else if (defaults != null && defaults.containsKey(item.data())) {
                    target.append(converters.get(item.data()).toUrl(defaults.get(item.data())));
                } else {
                    target.append(converters.get(item.data()).toUrl(values.get(item.data())));
                }
            }
        } catch (ValidationError e) {
            return null;
        }
        if (appendUnknown) {
            Map<String, Object> unknown = new LinkedHashMap<>();
            values.forEach((k, v) -> {
                if (!arguments.contains(k)) {
                    unknown.put(k, v);
                }
            });
            if (!unknown.isEmpty()) {
                String query = Urls.urlencode(unknown, map.sortParameters());
                if (!query.isEmpty()) {
                    path.append('?').append(query);
                }
            }
        }
        return new String[] {domain.toString(), path.toString()};
    }

    /** Whether {@code values} fill every argument and agree with the defaults; Werkzeug's {@code suitable_for}. */
    boolean suitableFor(Map<String, Object> values, String method) {
        if (method != null && methods != null && !methods.contains(method)) {
            return false;
        }
        for (String key : arguments) {
            if ((defaults == null || !defaults.containsKey(key)) && !values.containsKey(key)) {
                return false;
            }
        }
        if (defaults != null) {
            for (Map.Entry<String, Object> e : defaults.entrySet()) {
                if (values.containsKey(e.getKey()) && !sameValue(e.getValue(), values.get(e.getKey()))) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean sameValue(Object a, Object b) {
        if (a instanceof Number x && b instanceof Number y) {
            return x.doubleValue() == y.doubleValue();
        }
        return Objects.equals(a, b);
    }

    /** Whether this rule holds the defaults that make {@code other}'s URL non-canonical; Werkzeug's {@code provides_defaults_for}. */
    boolean providesDefaultsFor(Rule other) {
        return !buildOnly && defaults != null && Objects.equals(endpoint, other.endpoint) && !trace.equals(other.trace)
                && arguments.equals(other.arguments);
    }

    /** The order rules of one endpoint are tried in when building; Werkzeug's {@code build_compare_key}. */
    int[] buildCompareKey() {
        return new int[] {0, -arguments.size(), -(defaults == null ? 0 : defaults.size())};
    }

    /** The redirect target for matched {@code values}, relative to the script root; Werkzeug's {@code redirect_to}. */
    String redirectTarget(MapAdapter adapter, Map<String, Object> values) {
        if (redirectToFunction != null) {
            return redirectToFunction.apply(adapter, values);
        }
        Matcher m = Pattern.compile("<([^>]+)>").matcher(redirectTo);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            m.appendReplacement(sb, Matcher.quoteReplacement(converters.get(name).toUrl(values.get(name))));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        for (TraceItem item : trace) {
            sb.append(item.dynamic() ? "<" + item.data() + ">" : item.data());
        }
        String text = map == null ? rule : sb.toString().replaceFirst("^\\|", "");
        return "<Rule '" + text + "'" + (methods == null ? "" : " (" + String.join(", ", methods) + ")") + " -> "
                + endpoint + ">";
    }

    /**
     * An unbound copy of this rule with {@code prefix} before its path, for a {@link Submount}; Werkzeug's
     * {@code Rule.empty()} with the rule text changed.
     */
    Rule prefixed(String prefix) {
        Builder b = new Builder(prefix + rule);
        b.endpoint = endpoint;
        b.methods = methods;
        b.defaults = defaults;
        b.strictSlashes = strictSlashes;
        b.mergeSlashes = mergeSlashes;
        b.redirectTo = redirectTo;
        b.redirectToFunction = redirectToFunction;
        b.subdomain = subdomain;
        b.host = host;
        b.buildOnly = buildOnly;
        b.provideAutomaticOptions = provideAutomaticOptions;
        return b.build();
    }

    /** Builds a {@link Rule}. */
    public static final class Builder {
        private final String rule;
        private String endpoint;
        private Collection<String> methods;
        private Map<String, ?> defaults;
        private Boolean strictSlashes;
        private Boolean mergeSlashes;
        private String redirectTo;
        private BiFunction<MapAdapter, Map<String, Object>, String> redirectToFunction;
        private String subdomain;
        private String host;
        private boolean buildOnly;
        private boolean provideAutomaticOptions;

        private Builder(String rule) {
            this.rule = rule;
        }

        /** The endpoint name. */
        public Builder endpoint(String endpoint) {
            this.endpoint = endpoint;
            return this;
        }

        /** The accepted methods; null for any. */
        public Builder methods(Collection<String> methods) {
            this.methods = methods == null ? null : List.copyOf(methods);
            return this;
        }

        /** The accepted methods. */
        public Builder methods(String... methods) {
            return methods(List.of(methods));
        }

        /** Default values. */
        public Builder defaults(Map<String, ?> defaults) {
            this.defaults = defaults;
            return this;
        }

        /** Whether a missing trailing slash redirects; null for the map's setting. */
        public Builder strictSlashes(Boolean strictSlashes) {
            this.strictSlashes = strictSlashes;
            return this;
        }

        /** Whether repeated slashes are merged; null for the map's setting. */
        public Builder mergeSlashes(Boolean mergeSlashes) {
            this.mergeSlashes = mergeSlashes;
            return this;
        }

        /** A redirect target template using this rule's variables. */
        public Builder redirectTo(String redirectTo) {
            this.redirectTo = redirectTo;
            return this;
        }

        /** A function computing the redirect target from the matched values. */
        public Builder redirectTo(BiFunction<MapAdapter, Map<String, Object>, String> redirectTo) {
            this.redirectToFunction = redirectTo;
            return this;
        }

        /** The subdomain pattern. */
        public Builder subdomain(String subdomain) {
            this.subdomain = subdomain;
            return this;
        }

        /** The host pattern (with host matching). */
        public Builder host(String host) {
            this.host = host;
            return this;
        }

        /** Whether the rule only builds URLs. */
        public Builder buildOnly(boolean buildOnly) {
            this.buildOnly = buildOnly;
            return this;
        }

        /** Whether OPTIONS is answered automatically. */
        public Builder provideAutomaticOptions(boolean provideAutomaticOptions) {
            this.provideAutomaticOptions = provideAutomaticOptions;
            return this;
        }

        /** The rule (unbound). */
        public Rule build() {
            return new Rule(this);
        }
    }
}
