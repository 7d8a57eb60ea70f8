package dev.flaskspring;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One registration of a blueprint on an app, handed to the functions {@link Blueprint#record} recorded;
 * Flask's {@code BlueprintSetupState}.
 */
public final class BlueprintSetupState {

    private final Flask app;
    private final Blueprint blueprint;
    private final BlueprintOptions options;
    private final boolean firstRegistration;
    private final String subdomain;
    private final String urlPrefix;
    private final String name;
    private final String namePrefix;
    private final Map<String, Object> urlDefaults;

    BlueprintSetupState(Blueprint blueprint, Flask app, BlueprintOptions options, boolean firstRegistration) {
        this.app = app;
        this.blueprint = blueprint;
        this.options = options;
        this.firstRegistration = firstRegistration;
        this.subdomain = options.subdomain() != null ? options.subdomain() : blueprint.subdomain();
        this.urlPrefix = options.urlPrefix() != null ? options.urlPrefix() : blueprint.urlPrefix();
        this.name = options.name() != null ? options.name() : blueprint.name();
        this.namePrefix = options.namePrefix() == null ? "" : options.namePrefix();
        this.urlDefaults = new LinkedHashMap<>(blueprint.urlValuesDefaults());
        if (options.urlDefaults() != null) {
            urlDefaults.putAll(options.urlDefaults());
        }
    }

    /** The app the blueprint is registered on. */
    public Flask app() {
        return app;
    }

    /** The blueprint being registered. */
    public Blueprint blueprint() {
        return blueprint;
    }

    /** The options given to {@code registerBlueprint}. */
    public BlueprintOptions options() {
        return options;
    }

    /** Whether this is the blueprint's first registration on the app; Flask's {@code first_registration}. */
    public boolean firstRegistration() {
        return firstRegistration;
    }

    /** The subdomain its rules match, or null. */
    public String subdomain() {
        return subdomain;
    }

    /** The URL prefix of its rules, or null. */
    public String urlPrefix() {
        return urlPrefix;
    }

    /** The name it is registered under (without the parents' names). */
    public String name() {
        return name;
    }

    /**
     * Adds a rule of the blueprint to the app, with the prefix, subdomain, defaults and dotted endpoint applied;
     * Flask's {@code BlueprintSetupState.add_url_rule}.
     */
    public void addUrlRule(String rule, String endpoint, View view, RuleOptions options) {
        if (urlPrefix != null) {
            rule = rule.isEmpty() ? urlPrefix : stripTrailing(urlPrefix) + "/" + stripLeading(rule);
        }
        Map<String, Object> defaults = new LinkedHashMap<>(urlDefaults);
        if (options.defaults() != null) {
            defaults.putAll(options.defaults());
        }
        RuleOptions merged = options.toBuilder().defaults(defaults.isEmpty() ? null : defaults)
                .subdomain(options.subdomain() != null ? options.subdomain() : subdomain).build();
        String full = (namePrefix + "." + name + "." + endpoint).replaceFirst("^\\.+", "");
        app.addUrlRule(rule, full, view, merged);
    }

    private static String stripTrailing(String s) {
        int end = s.length();
        while (end > 0 && s.charAt(end - 1) == '/') {
            end--;
        }
        return s.substring(0, end);
    }

    private static String stripLeading(String s) {
        int i = 0;
        while (i < s.length() && s.charAt(i) == '/') {
            i++;
        }
        return s.substring(i);
    }
}
