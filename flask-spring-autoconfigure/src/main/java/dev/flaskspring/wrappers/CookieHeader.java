package dev.flaskspring.wrappers;

import dev.flaskspring.urls.Urls;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Writes a {@code Set-Cookie} header value; Werkzeug's {@code dump_cookie}. */
final class CookieHeader {

    private static final Pattern NO_QUOTE = Pattern.compile("[\\w!#$%&'()*+\\-./:<=>?@\\[\\]^`{|}~]*");
    private static final Set<String> SAME_SITE = Set.of("Strict", "Lax", "None");

    private CookieHeader() {
    }

    static String dump(String key, String value, CookieOptions o) {
        String path = o.path() == null ? null : Urls.quote(o.path(), "%!$&'()*+,/:=@");
        String domain = o.domain();
        if (domain != null && !domain.isEmpty()) {
            int colon = domain.indexOf(':');
            domain = (colon >= 0 ? domain.substring(0, colon) : domain).replaceFirst("^\\.+", "");
            domain = java.net.IDN.toASCII(domain);
        } else {
            domain = null;
        }
        Long maxAge = o.maxAge() == null ? null : o.maxAge().getSeconds();
        String expires = null;
        if (o.expires() != null) {
            expires = HttpDates.format(o.expires());
        } else if (maxAge != null && o.syncExpires()) {
            expires = HttpDates.format(Instant.now().plusSeconds(maxAge));
        }
        String sameSite = null;
        if (o.sameSite() != null) {
            String s = o.sameSite();
            sameSite = s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1).toLowerCase(Locale.ROOT);
            if (!SAME_SITE.contains(sameSite)) {
                throw new IllegalArgumentException("SameSite must be 'Strict', 'Lax', or 'None'.");
            }
        }
        boolean secure = o.secure() || o.partitioned();
        StringBuilder sb = new StringBuilder(64);
        sb.append(new String(key.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1)).append('=')
                .append(quoteValue(value == null ? "" : value));
        if (domain != null) {
            sb.append("; Domain=").append(domain);
        }
        if (expires != null) {
            sb.append("; Expires=").append(expires);
        }
        if (maxAge != null) {
            sb.append("; Max-Age=").append(maxAge);
        }
        if (secure) {
            sb.append("; Secure");
        }
        if (o.httpOnly()) {
            sb.append("; HttpOnly");
        }
        if (path != null) {
            sb.append("; Path=").append(path);
        }
        if (sameSite != null) {
            sb.append("; SameSite=").append(sameSite);
        }
        if (o.partitioned()) {
            sb.append("; Partitioned");
        }
        return sb.toString();
    }

    /** RFC 6265 quoting as Werkzeug does it: slash-escapes with three octal digits inside double quotes. */
    private static String quoteValue(String value) {
        if (NO_QUOTE.matcher(value).matches()) {
            return value;
        }
        StringBuilder sb = new StringBuilder("\"");
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c == '"' || c == '\\') {
                sb.append('\\').append((char) c);
            } else if (c <= 0x19 || c == ',' || c == ';' || c >= 0x7f) {
                sb.append('\\').append(String.format("%03o", c));
            } else {
                sb.append((char) c);
            }
        }
        return sb.append('"').toString();
    }
}
