package dev.flaskspring;

import java.util.Map;

/**
 * Options of a blueprint, given when it is created or registered; the keyword arguments of Flask's
 * {@code Blueprint(...)} and {@code register_blueprint(...)}.
 * <p>Registration options override the blueprint's own; {@code name} registers it again under another name.
 */
public record BlueprintOptions(String urlPrefix, String subdomain, Map<String, Object> urlDefaults,
        String staticFolder, String staticUrlPath, String templateFolder, String cliGroup, String name,
        String namePrefix) {

    private static final BlueprintOptions NONE = builder().build();

    /** No options. */
    public static BlueprintOptions none() {
        return NONE;
    }

    /** A builder with nothing set. */
    public static Builder builder() {
        return new Builder();
    }

    BlueprintOptions withNesting(String urlPrefix, String subdomain, String namePrefix) {
        return new BlueprintOptions(urlPrefix, subdomain, urlDefaults, staticFolder, staticUrlPath, templateFolder,
                cliGroup, name, namePrefix);
    }

    /** Builds {@link BlueprintOptions}. */
    public static final class Builder {
        private String urlPrefix;
        private String subdomain;
        private Map<String, Object> urlDefaults;
        private String staticFolder;
        private String staticUrlPath;
        private String templateFolder;
        private String cliGroup;
        private String name;

        private Builder() {
        }

        /** The prefix of every rule of the blueprint. */
        public Builder urlPrefix(String urlPrefix) {
            this.urlPrefix = urlPrefix;
            return this;
        }

        /** The subdomain of every rule of the blueprint. */
        public Builder subdomain(String subdomain) {
            this.subdomain = subdomain;
            return this;
        }

        /** Defaults for the variables of every rule of the blueprint. */
        public Builder urlDefaults(Map<String, ?> urlDefaults) {
            this.urlDefaults = Map.copyOf(urlDefaults);
            return this;
        }

        /** The blueprint's static folder. */
        public Builder staticFolder(String staticFolder) {
            this.staticFolder = staticFolder;
            return this;
        }

        /** The URL path of the blueprint's static files. */
        public Builder staticUrlPath(String staticUrlPath) {
            this.staticUrlPath = staticUrlPath;
            return this;
        }

        /** The blueprint's template folder, searched after the app's. */
        public Builder templateFolder(String templateFolder) {
            this.templateFolder = templateFolder;
            return this;
        }

        /** The command group of the blueprint's commands (default: its name; "" merges them into the app's). */
        public Builder cliGroup(String cliGroup) {
            this.cliGroup = cliGroup;
            return this;
        }

        /** The name to register under, to register one blueprint more than once. */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /** The options. */
        public BlueprintOptions build() {
            return new BlueprintOptions(urlPrefix, subdomain, urlDefaults, staticFolder, staticUrlPath,
                    templateFolder, cliGroup, name, null);
        }
    }
}
