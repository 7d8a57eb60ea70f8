package dev.flaskspring;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The options of a URL rule; the keyword arguments of Flask's {@code add_url_rule}.
 * <p>{@code RuleOptions.builder().methods("GET", "POST").defaults(Map.of("page", 1)).strictSlashes(false).build()}.
 */
public record RuleOptions(Set<String> methods, Map<String, Object> defaults, Boolean strictSlashes,
        Boolean mergeSlashes, String redirectTo, String subdomain, String host, Boolean provideAutomaticOptions,
        boolean buildOnly) {

    private static final RuleOptions NONE = builder().build();

    /** No options: Flask's defaults. */
    public static RuleOptions none() {
        return NONE;
    }

    /** A builder with nothing set. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from these options, to change some of them. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.methods = methods;
        b.defaults = defaults;
        b.strictSlashes = strictSlashes;
        b.mergeSlashes = mergeSlashes;
        b.redirectTo = redirectTo;
        b.subdomain = subdomain;
        b.host = host;
        b.provideAutomaticOptions = provideAutomaticOptions;
        b.buildOnly = buildOnly;
        return b;
    }

    /** Builds {@link RuleOptions}. */
    public static final class Builder {
        private Set<String> methods;
        private Map<String, Object> defaults;
        private Boolean strictSlashes;
        private Boolean mergeSlashes;
        private String redirectTo;
        private String subdomain;
        private String host;
        private Boolean provideAutomaticOptions;
        private boolean buildOnly;

        private Builder() {
        }

        /** The accepted methods (any case); without, the view's methods or {@code GET}. */
        public Builder methods(String... methods) {
            return methods(List.of(methods));
        }

        /** The accepted methods (any case). */
        public Builder methods(java.util.Collection<String> methods) {
            Set<String> upper = new LinkedHashSet<>();
            methods.forEach(m -> upper.add(m.toUpperCase(Locale.ROOT)));
            this.methods = upper;
            return this;
        }

        /** Values for variables the rule does not contain, or defaults for those it does. */
        public Builder defaults(Map<String, ?> defaults) {
            this.defaults = defaults == null ? null : Map.copyOf(defaults);
            return this;
        }

        /** Whether a missing trailing slash redirects (true) or is a 404 (false); default from the map. */
        public Builder strictSlashes(Boolean strictSlashes) {
            this.strictSlashes = strictSlashes;
            return this;
        }

        /** Whether repeated slashes redirect to the single-slash URL; default from the map. */
        public Builder mergeSlashes(Boolean mergeSlashes) {
            this.mergeSlashes = mergeSlashes;
            return this;
        }

        /** A rule text (may use this rule's variables) that matching requests are redirected to with 308. */
        public Builder redirectTo(String redirectTo) {
            this.redirectTo = redirectTo;
            return this;
        }

        /** The subdomain the rule matches (with {@code subdomainMatching}). */
        public Builder subdomain(String subdomain) {
            this.subdomain = subdomain;
            return this;
        }

        /** The host the rule matches (with {@code hostMatching}). */
        public Builder host(String host) {
            this.host = host;
            return this;
        }

        /** Whether {@code OPTIONS} is answered automatically; default from {@code PROVIDE_AUTOMATIC_OPTIONS}. */
        public Builder provideAutomaticOptions(Boolean provideAutomaticOptions) {
            this.provideAutomaticOptions = provideAutomaticOptions;
            return this;
        }

        /** Whether the rule is only for building URLs, never matched. */
        public Builder buildOnly(boolean buildOnly) {
            this.buildOnly = buildOnly;
            return this;
        }

        /** The options. */
        public RuleOptions build() {
            return new RuleOptions(methods, defaults, strictSlashes, mergeSlashes, redirectTo, subdomain, host,
                    provideAutomaticOptions, buildOnly);
        }
    }
}
