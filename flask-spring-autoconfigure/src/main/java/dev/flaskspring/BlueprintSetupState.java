package dev.flaskspring;

import java.util.LinkedHashMap;
import java.util.Map;

/** One registration of a blueprint on an app, applying its recorded rules; Flask's {@code BlueprintSetupState}. */
final class BlueprintSetupState {

    final Flask app;
    final Blueprint blueprint;
    final boolean firstRegistration;
    final String subdomain;
    final String urlPrefix;
    final String name;
    final String namePrefix;
    final Map<String, Object> urlDefaults;

    BlueprintSetupState(Blueprint blueprint, Flask app, BlueprintOptions options, boolean firstRegistration) {
        this.app = app;
        this.blueprint = blueprint;
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

    /** Adds a rule of the blueprint to the app, with the prefix, subdomain, defaults and dotted endpoint applied. */
    void addUrlRule(String rule, String endpoint, View view, RuleOptions options) {
        if (urlPrefix != null) {
            rule = rule.isEmpty() ? urlPrefix : stripTrailing(urlPrefix) + "/" + stripLeading(rule);
        }
        Map<String, Object> defaults = new LinkedHashMap<>(urlDefaults);
        if (options.defaults() != null) {
            defaults.putAll(options.defaults());
        }
        RuleOptions merged = new RuleOptions(options.methods(), defaults.isEmpty() ? null : defaults,
                options.strictSlashes(), options.mergeSlashes(), options.redirectTo(),
                options.subdomain() != null ? options.subdomain() : subdomain, options.host(),
                options.provideAutomaticOptions(), options.buildOnly());
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
