package dev.flaskspring.testing;

import dev.flaskspring.wrappers.HttpDates;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The test client's cookies: stores {@code Set-Cookie} answers and sends matching cookies back. */
final class CookieJar {

    private final List<TestCookie> cookies = new ArrayList<>();

    synchronized void store(String setCookie, String requestHost) {
        String[] parts = setCookie.split(";");
        int eq = parts[0].indexOf('=');
        if (eq <= 0) {
            return;
        }
        String key = parts[0].substring(0, eq).trim();
        String value = parts[0].substring(eq + 1).trim();
        String domain = requestHost;
        String path = "/";
        Instant expires = null;
        boolean secure = false;
        boolean httpOnly = false;
        String sameSite = null;
        for (int i = 1; i < parts.length; i++) {
            String attr = parts[i].trim();
            int e = attr.indexOf('=');
            String name = (e < 0 ? attr : attr.substring(0, e)).trim().toLowerCase(Locale.ROOT);
            String v = e < 0 ? "" : attr.substring(e + 1).trim();
            switch (name) {
                case "domain" -> domain = v.startsWith(".") ? v.substring(1) : v;
                case "path" -> path = v;
                case "expires" -> {
                    Instant when = HttpDates.parse(v);
                    if (when != null && expires == null) {
                        expires = when;
                    }
                }
                case "max-age" -> {
                    try {
                        expires = Instant.now().plusSeconds(Long.parseLong(v));
                    } catch (NumberFormatException ignored) {
                        // A malformed Max-Age is ignored, as browsers do.
                    }
                }
                case "secure" -> secure = true;
                case "httponly" -> httpOnly = true;
                case "samesite" -> sameSite = v;
                default -> {
                }
            }
        }
        remove(key, domain, path);
        TestCookie cookie = new TestCookie(key, value, domain, path, expires, secure, httpOnly, sameSite);
        if (!cookie.isExpired(Instant.now())) {
            cookies.add(cookie);
        }
    }

    synchronized void set(TestCookie cookie) {
        remove(cookie.key(), cookie.domain(), cookie.path());
        cookies.add(cookie);
    }

    synchronized TestCookie get(String key, String domain, String path) {
        Instant now = Instant.now();
        for (TestCookie c : cookies) {
            if (c.key().equals(key) && c.domain().equalsIgnoreCase(domain) && c.path().equals(path) && !c.isExpired(now)) {
                return c;
            }
        }
        return null;
    }

    synchronized void remove(String key, String domain, String path) {
        cookies.removeIf(c -> c.key().equals(key) && c.domain().equalsIgnoreCase(domain) && c.path().equals(path));
    }

    /** The {@code Cookie} header for a request, or null when no cookie matches. */
    synchronized String header(String host, String path) {
        Instant now = Instant.now();
        cookies.removeIf(c -> c.isExpired(now));
        StringBuilder sb = new StringBuilder();
        for (TestCookie c : cookies) {
            if (c.matches(host, path)) {
                if (sb.length() > 0) {
                    sb.append("; ");
                }
                sb.append(c.key()).append('=').append(c.value());
            }
        }
        return sb.length() == 0 ? null : sb.toString();
    }
}
