package dev.flaskspring.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The application's configuration, a dict-like map of upper-case keys; Flask's {@code Config}.
 * <p>A new instance holds every key of Flask's {@code default_config} with Flask's defaults;
 * durations are {@link Duration}s and Python's {@code None} is {@code null}.
 */
public class Config extends LinkedHashMap<String, Object> {

    private final Path rootPath;

    /** Creates a config whose relative file names resolve against {@code rootPath}, pre-filled with {@link #defaults()}. */
    public Config(Path rootPath) {
        this(rootPath, defaults());
    }

    /** Creates a config whose relative file names resolve against {@code rootPath}, pre-filled with {@code defaults}. */
    public Config(Path rootPath, Map<String, ?> defaults) {
        this.rootPath = rootPath;
        if (defaults != null) {
            putAll(defaults);
        }
    }

    /** The folder relative file names are resolved against; Flask's {@code root_path}. */
    public Path rootPath() {
        return rootPath;
    }

    /** Flask 3.1's {@code Flask.default_config}, in Flask's order. */
    public static Map<String, Object> defaults() {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("DEBUG", null);
        d.put("TESTING", false);
        d.put("PROPAGATE_EXCEPTIONS", null);
        d.put("SECRET_KEY", null);
        d.put("SECRET_KEY_FALLBACKS", null);
        d.put("PERMANENT_SESSION_LIFETIME", Duration.ofDays(31));
        d.put("USE_X_SENDFILE", false);
        d.put("TRUSTED_HOSTS", null);
        d.put("SERVER_NAME", null);
        d.put("APPLICATION_ROOT", "/");
        d.put("SESSION_COOKIE_NAME", "session");
        d.put("SESSION_COOKIE_DOMAIN", null);
        d.put("SESSION_COOKIE_PATH", null);
        d.put("SESSION_COOKIE_HTTPONLY", true);
        d.put("SESSION_COOKIE_SECURE", false);
        d.put("SESSION_COOKIE_PARTITIONED", false);
        d.put("SESSION_COOKIE_SAMESITE", null);
        d.put("SESSION_REFRESH_EACH_REQUEST", true);
        d.put("MAX_CONTENT_LENGTH", null);
        d.put("MAX_FORM_MEMORY_SIZE", 500_000);
        d.put("MAX_FORM_PARTS", 1_000);
        d.put("SEND_FILE_MAX_AGE_DEFAULT", null);
        d.put("TRAP_BAD_REQUEST_ERRORS", null);
        d.put("TRAP_HTTP_EXCEPTIONS", false);
        d.put("EXPLAIN_TEMPLATE_LOADING", false);
        d.put("PREFERRED_URL_SCHEME", "http");
        d.put("TEMPLATES_AUTO_RELOAD", null);
        d.put("MAX_COOKIE_SIZE", 4093);
        d.put("PROVIDE_AUTOMATIC_OPTIONS", true);
        return d;
    }

    /** The value of {@code key} read as a boolean: {@code null} and missing are false, strings as "true"/"1". */
    public boolean getBoolean(String key) {
        Object v = get(key);
        if (v instanceof Boolean b) {
            return b;
        }
        if (v instanceof Number n) {
            return n.intValue() != 0;
        }
        if (v instanceof String s) {
            return s.equalsIgnoreCase("true") || s.equals("1");
        }
        return false;
    }
}
