package dev.flaskspring.testing;

import java.time.Instant;

/** A cookie held by the test client; Werkzeug's test {@code Cookie}. The value is as the server sent it. */
public record TestCookie(String key, String value, String domain, String path, Instant expires, boolean secure,
        boolean httpOnly, String sameSite) {

    /** Whether the cookie has expired at {@code now}. */
    public boolean isExpired(Instant now) {
        return expires != null && !expires.isAfter(now);
    }

    /** Whether the cookie is sent to {@code host} for {@code requestPath}. */
    boolean matches(String host, String requestPath) {
        String d = domain.startsWith(".") ? domain.substring(1) : domain;
        boolean hostOk = host.equalsIgnoreCase(d) || host.toLowerCase().endsWith("." + d.toLowerCase());
        boolean pathOk = path == null || path.equals("/") || requestPath.equals(path)
                || requestPath.startsWith(path.endsWith("/") ? path : path + "/");
        return hostOk && pathOk;
    }
}
