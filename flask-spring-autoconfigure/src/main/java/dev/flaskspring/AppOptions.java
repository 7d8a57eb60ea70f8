package dev.flaskspring;

import dev.flaskspring.wrappers.Request;
import dev.flaskspring.wrappers.Response;

/**
 * The constructor options of an app; the keyword arguments of {@code Flask(__name__, ...)}.
 * <p>Folders are classpath locations ({@code "static"}, {@code "templates"}) or, when they exist on
 * disk, file-system folders.
 */
public record AppOptions(String staticUrlPath, String staticFolder, String staticHost, boolean hostMatching,
        boolean subdomainMatching, String templateFolder, String instancePath, boolean instanceRelativeConfig,
        String rootPath, Class<? extends Request> requestClass, Class<? extends Response> responseClass) {

    private static final AppOptions DEFAULTS = builder().build();

    /** Flask's defaults: {@code static} at {@code /static}, {@code templates}, instance folder {@code instance}. */
    public static AppOptions defaults() {
        return DEFAULTS;
    }

    /** A builder starting from Flask's defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds {@link AppOptions}. */
    public static final class Builder {
        private String staticUrlPath;
        private String staticFolder = "static";
        private String staticHost;
        private boolean hostMatching;
        private boolean subdomainMatching;
        private String templateFolder = "templates";
        private String instancePath;
        private boolean instanceRelativeConfig;
        private String rootPath;
        private Class<? extends Request> requestClass = Request.class;
        private Class<? extends Response> responseClass = Response.class;

        private Builder() {
        }

        /** The URL prefix of static files; default {@code /} + the static folder's name. */
        public Builder staticUrlPath(String staticUrlPath) {
            this.staticUrlPath = staticUrlPath;
            return this;
        }

        /** The static folder; null for none. */
        public Builder staticFolder(String staticFolder) {
            this.staticFolder = staticFolder;
            return this;
        }

        /** The host of the static route when host matching is on. */
        public Builder staticHost(String staticHost) {
            this.staticHost = staticHost;
            return this;
        }

        /** Whether rules match on the {@code host} option; Flask's {@code host_matching}. */
        public Builder hostMatching(boolean hostMatching) {
            this.hostMatching = hostMatching;
            return this;
        }

        /** Whether rules match on the {@code subdomain} option; Flask's {@code subdomain_matching}. */
        public Builder subdomainMatching(boolean subdomainMatching) {
            this.subdomainMatching = subdomainMatching;
            return this;
        }

        /** The template folder; null for none. */
        public Builder templateFolder(String templateFolder) {
            this.templateFolder = templateFolder;
            return this;
        }

        /** The instance folder (absolute); default {@code instance} in the working directory. */
        public Builder instancePath(String instancePath) {
            this.instancePath = instancePath;
            return this;
        }

        /** Whether relative config file names resolve in the instance folder. */
        public Builder instanceRelativeConfig(boolean instanceRelativeConfig) {
            this.instanceRelativeConfig = instanceRelativeConfig;
            return this;
        }

        /** The app's root folder; default the working directory. */
        public Builder rootPath(String rootPath) {
            this.rootPath = rootPath;
            return this;
        }

        /**
         * The class of the app's requests, a subclass of {@link Request} with a public no-argument constructor;
         * Flask's {@code request_class}.
         */
        public Builder requestClass(Class<? extends Request> requestClass) {
            this.requestClass = requestClass;
            return this;
        }

        /**
         * The class of the responses the app makes, a subclass of {@link Response} with public {@code (Object body)}
         * and {@code (Object body, int status)} constructors; Flask's {@code response_class}.
         */
        public Builder responseClass(Class<? extends Response> responseClass) {
            this.responseClass = responseClass;
            return this;
        }

        /** The options. */
        public AppOptions build() {
            return new AppOptions(staticUrlPath, staticFolder, staticHost, hostMatching, subdomainMatching,
                    templateFolder, instancePath, instanceRelativeConfig, rootPath, requestClass, responseClass);
        }
    }
}
