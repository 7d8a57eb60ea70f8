package dev.flaskspring.wtf;

import dev.flaskspring.config.Config;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Flask-WTF's {@code WTF_CSRF_*} config keys, their defaults, and how a value is read from the app's config
 * (Flask-WTF's {@code _get_config}: an explicit argument, else the config value, else the default).
 * <p>Values may come as Flask sets them (booleans, numbers, lists) or as Spring Boot properties
 * give them (text: {@code "false"}, {@code "60"}, {@code "POST,PUT"}).
 */
final class CsrfConfig {

    static final String ENABLED = "WTF_CSRF_ENABLED";
    static final String CHECK_DEFAULT = "WTF_CSRF_CHECK_DEFAULT";
    static final String SECRET_KEY = "WTF_CSRF_SECRET_KEY";
    static final String METHODS = "WTF_CSRF_METHODS";
    static final String FIELD_NAME = "WTF_CSRF_FIELD_NAME";
    static final String HEADERS = "WTF_CSRF_HEADERS";
    static final String META_NAME = "WTF_CSRF_META_NAME";
    static final String TIME_LIMIT = "WTF_CSRF_TIME_LIMIT";
    static final String SSL_STRICT = "WTF_CSRF_SSL_STRICT";

    static final List<String> DEFAULT_METHODS = List.of("POST", "PUT", "PATCH", "DELETE");
    static final List<String> DEFAULT_HEADERS = List.of("X-CSRFToken", "X-CSRF-Token");
    static final String DEFAULT_FIELD_NAME = "csrf_token";
    static final String DEFAULT_META_NAME = "csrf-token";
    static final long DEFAULT_TIME_LIMIT = 3600;

    private CsrfConfig() {
    }

    /** Sets every key that is not set yet to Flask-WTF's default, as its {@code init_app} does. */
    static void setDefaults(Config config) {
        setDefault(config, ENABLED, true);
        setDefault(config, CHECK_DEFAULT, true);
        config.put(METHODS, List.copyOf(stringList(config, METHODS, DEFAULT_METHODS)));
        setDefault(config, FIELD_NAME, DEFAULT_FIELD_NAME);
        setDefault(config, HEADERS, DEFAULT_HEADERS);
        setDefault(config, META_NAME, DEFAULT_META_NAME);
        setDefault(config, TIME_LIMIT, DEFAULT_TIME_LIMIT);
        setDefault(config, SSL_STRICT, true);
    }

    /** Python's {@code dict.setdefault}: a key set to null stays null (for the time limit, "no limit"). */
    private static void setDefault(Config config, String key, Object value) {
        if (!config.containsKey(key)) {
            config.put(key, value);
        }
    }

    /** The signing key: {@code explicit}, else {@code WTF_CSRF_SECRET_KEY}, else {@code SECRET_KEY}. */
    static byte[] secretKey(Config config, Object explicit) {
        Object key = explicit;
        if (key == null) {
            key = config.containsKey(SECRET_KEY) ? config.get(SECRET_KEY) : config.get("SECRET_KEY");
        }
        if (key == null) {
            throw new IllegalStateException("A secret key is required to use CSRF.");
        }
        return key instanceof byte[] bytes ? bytes : key.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The form field and session key: {@code explicit}, else {@code WTF_CSRF_FIELD_NAME}, else {@code csrf_token}. */
    static String fieldName(Config config, String explicit) {
        Object name = explicit != null ? explicit : config.containsKey(FIELD_NAME) ? config.get(FIELD_NAME)
                : DEFAULT_FIELD_NAME;
        if (name == null) {
            throw new IllegalStateException("A field name is required to use CSRF.");
        }
        return name.toString();
    }

    /** The {@code name} of the meta tag: {@code explicit}, else {@code WTF_CSRF_META_NAME}, else {@code csrf-token}. */
    static String metaName(Config config, String explicit) {
        Object name = explicit != null ? explicit : config.containsKey(META_NAME) ? config.get(META_NAME)
                : DEFAULT_META_NAME;
        if (name == null) {
            throw new IllegalStateException("CSRF is not configured.");
        }
        return name.toString();
    }

    /**
     * The maximum age of a token in seconds, null for no limit: {@code explicit}, else
     * {@code WTF_CSRF_TIME_LIMIT} (a number, a {@link Duration}, numeric text; null or blank text for no
     * limit), else 3600.
     */
    static Long timeLimit(Config config, Long explicit) {
        if (explicit != null) {
            return explicit;
        }
        Object limit = config.containsKey(TIME_LIMIT) ? config.get(TIME_LIMIT) : DEFAULT_TIME_LIMIT;
        if (limit == null || limit instanceof String s && s.isBlank()) {
            return null;
        }
        if (limit instanceof Duration d) {
            return d.getSeconds();
        }
        try {
            BigDecimal seconds = new BigDecimal(limit.toString().trim());
            // An age in whole seconds exceeds x exactly when it exceeds floor(x).
            return seconds.setScale(0, RoundingMode.FLOOR).longValueExact();
        } catch (ArithmeticException | NumberFormatException e) {
            throw new IllegalStateException(TIME_LIMIT + " must be a number of seconds or null, not '" + limit + "'.");
        }
    }

    /** The methods that are checked, {@code WTF_CSRF_METHODS}. */
    static List<String> methods(Config config) {
        return stringList(config, METHODS, DEFAULT_METHODS);
    }

    /** The headers a token is read from, in order, {@code WTF_CSRF_HEADERS}. */
    static List<String> headers(Config config) {
        return stringList(config, HEADERS, DEFAULT_HEADERS);
    }

    /** A list of names: a collection's items, or comma-separated text; {@code fallback} when unset. */
    private static List<String> stringList(Config config, String key, List<String> fallback) {
        Object value = config.get(key);
        if (value == null) {
            return fallback;
        }
        List<String> out = new ArrayList<>();
        if (value instanceof Collection<?> items) {
            items.forEach(item -> out.add(String.valueOf(item)));
        } else {
            for (String item : value.toString().split(",")) {
                if (!item.isBlank()) {
                    out.add(item.trim());
                }
            }
        }
        return out;
    }
}
