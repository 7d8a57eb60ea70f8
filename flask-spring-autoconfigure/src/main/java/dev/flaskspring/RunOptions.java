package dev.flaskspring;

import java.nio.file.Path;
import java.util.List;

/**
 * How {@code app.run} serves; the keyword arguments of Flask's {@code app.run} and Werkzeug's {@code run_simple}.
 * <p>{@code RunOptions.builder().debug(true).extraFiles(Path.of("settings.toml")).adhocCertificate().build()}.
 * With the reloader on (the default in debug mode, as in Flask), the process runs the app in a child JVM that is
 * restarted when a file of the class path's folders or {@code extraFiles} changes.
 *
 * @param debug sets debug mode when not null; Flask's {@code debug}
 * @param reload whether to restart on changes; null follows debug mode; Werkzeug's {@code use_reloader}
 * @param extraFiles more files that restart the app when they change; Werkzeug's {@code extra_files}
 * @param excludePatterns {@code fnmatch} patterns of paths that do not; Werkzeug's {@code exclude_patterns}
 * @param certificate a PEM certificate (chain) to serve HTTPS with, with {@code key}; null for HTTP
 * @param key the PEM private key of {@code certificate}
 * @param adhocCertificate whether to serve HTTPS with a self-signed certificate made at start;
 *        Werkzeug's {@code ssl_context="adhoc"}
 */
public record RunOptions(Boolean debug, Boolean reload, List<Path> extraFiles, List<String> excludePatterns,
        Path certificate, Path key, boolean adhocCertificate) {

    private static final RunOptions DEFAULTS = builder().build();

    /** Checks that a certificate comes with its key, and not with the ad-hoc one. */
    public RunOptions {
        extraFiles = List.copyOf(extraFiles);
        excludePatterns = List.copyOf(excludePatterns);
        if ((certificate == null) != (key == null)) {
            throw new IllegalArgumentException("A certificate and its key go together: give both or neither.");
        }
        if (adhocCertificate && certificate != null) {
            throw new IllegalArgumentException("An ad-hoc certificate is made at start: give no certificate file.");
        }
    }

    /** Flask's defaults: the app's debug mode, the reloader in debug mode, HTTP. */
    public static RunOptions defaults() {
        return DEFAULTS;
    }

    /** A builder starting from Flask's defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** Whether the server speaks HTTPS. */
    public boolean https() {
        return certificate != null || adhocCertificate;
    }

    /** Builds {@link RunOptions}. */
    public static final class Builder {
        private Boolean debug;
        private Boolean reload;
        private List<Path> extraFiles = List.of();
        private List<String> excludePatterns = List.of();
        private Path certificate;
        private Path key;
        private boolean adhocCertificate;

        private Builder() {
        }

        /** Turns debug mode on or off before serving. */
        public Builder debug(boolean debug) {
            this.debug = debug;
            return this;
        }

        /** Turns the reloader on or off; by default it follows debug mode. */
        public Builder reload(boolean reload) {
            this.reload = reload;
            return this;
        }

        /** Files, besides the class path's folders, whose change restarts the app. */
        public Builder extraFiles(List<Path> extraFiles) {
            this.extraFiles = extraFiles;
            return this;
        }

        /** {@code fnmatch} patterns ({@code *}{@code /generated/*}) of watched paths whose change is ignored. */
        public Builder excludePatterns(List<String> excludePatterns) {
            this.excludePatterns = excludePatterns;
            return this;
        }

        /** Serves HTTPS with a PEM certificate (or chain) file and its PEM private key file. */
        public Builder certificate(Path certificate, Path key) {
            this.certificate = certificate;
            this.key = key;
            return this;
        }

        /** Serves HTTPS with a self-signed certificate made at start, which browsers warn about. */
        public Builder adhocCertificate() {
            this.adhocCertificate = true;
            return this;
        }

        /** The options. */
        public RunOptions build() {
            return new RunOptions(debug, reload, extraFiles, excludePatterns, certificate, key, adhocCertificate);
        }
    }
}
