package dev.flaskspring.login;

import dev.flaskspring.config.Config;
import dev.flaskspring.wrappers.CookieOptions;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;

/**
 * Flask-Login's config keys, read as Flask-Login reads them ({@code config.get(key, default)}, Python
 * truthiness for flags); Flask-Login's {@code config.py} defaults.
 */
final class LoginConfig {

    /** {@code REMEMBER_COOKIE_NAME}'s default. */
    static final String COOKIE_NAME = "remember_token";
    /** {@code REMEMBER_COOKIE_DURATION}'s default: 365 days. */
    static final Duration COOKIE_DURATION = Duration.ofDays(365);

    private LoginConfig() {
    }

    static String cookieName(Config config) {
        return String.valueOf(config.getOrDefault("REMEMBER_COOKIE_NAME", COOKIE_NAME));
    }

    static boolean useSessionForNext(Config config) {
        return truthy(config.get("USE_SESSION_FOR_NEXT"));
    }

    static boolean loginDisabled(Config config) {
        return truthy(config.get("LOGIN_DISABLED"));
    }

    static boolean refreshEachRequest(Config config) {
        return truthy(config.get("REMEMBER_COOKIE_REFRESH_EACH_REQUEST"));
    }

    /** {@code REMEMBER_COOKIE_DURATION}: a {@code Duration} or a whole number of seconds. */
    static Duration cookieDuration(Config config) {
        Object value = config.getOrDefault("REMEMBER_COOKIE_DURATION", COOKIE_DURATION);
        if (value instanceof Duration d) {
            return d;
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            return Duration.ofSeconds(((Number) value).longValue());
        }
        if (value instanceof BigInteger big) {
            return Duration.ofSeconds(big.longValueExact());
        }
        throw new IllegalStateException("REMEMBER_COOKIE_DURATION must be a java.time.Duration or a whole number of"
                + " seconds, instead got: " + value);
    }

    /** The remember cookie's attributes from {@code REMEMBER_COOKIE_DOMAIN}, {@code _PATH}, {@code _SECURE}, ... */
    static CookieOptions cookieOptions(Config config, Instant expires) {
        Object domain = config.get("REMEMBER_COOKIE_DOMAIN");
        Object path = config.getOrDefault("REMEMBER_COOKIE_PATH", "/");
        Object sameSite = config.get("REMEMBER_COOKIE_SAMESITE");
        return CookieOptions.builder()
                .expires(expires)
                .domain(domain == null ? null : String.valueOf(domain))
                .path(path == null ? null : String.valueOf(path))
                .secure(truthy(config.get("REMEMBER_COOKIE_SECURE")))
                .httpOnly(truthy(config.getOrDefault("REMEMBER_COOKIE_HTTPONLY", true)))
                .sameSite(sameSite == null ? null : String.valueOf(sameSite))
                .build();
    }

    /** The options deleting the remember cookie: its domain and path only, as Werkzeug's {@code delete_cookie}. */
    static CookieOptions clearCookieOptions(Config config) {
        Object domain = config.get("REMEMBER_COOKIE_DOMAIN");
        Object path = config.getOrDefault("REMEMBER_COOKIE_PATH", "/");
        return CookieOptions.builder()
                .domain(domain == null ? null : String.valueOf(domain))
                .path(path == null ? null : String.valueOf(path))
                .build();
    }

    /** Python's truthiness: null, false, zero, empty text and empty collections are false. */
    static boolean truthy(Object value) {
        if (value == null) {
            return false;
        }
        if (value instanceof Boolean b) {
            return b;
        }
        if (value instanceof Number n) {
            return n.doubleValue() != 0;
        }
        if (value instanceof CharSequence s) {
            return s.length() > 0;
        }
        if (value instanceof Collection<?> c) {
            return !c.isEmpty();
        }
        if (value instanceof Map<?, ?> m) {
            return !m.isEmpty();
        }
        return true;
    }
}
