package dev.flaskspring.wtf;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;

/**
 * Whether two URLs share scheme, host name and port; Flask-WTF's {@code same_origin}, reading each URL
 * as Python's {@code urllib.parse.urlparse} does (leading blanks and tabs or newlines dropped, the host
 * lower-cased, user info ignored, an absent port not equal to an explicit default one).
 * <p>Where {@code urlparse} raises {@code ValueError} (a port that is not 0-65535 in ASCII digits,
 * unbalanced IPv6 brackets, a host that NFKC-normalises into URL delimiters), Flask-WTF fails with a 500;
 * here such a URL is simply not the same origin. An invalid address inside brackets is not checked: it
 * could only equal the host of a request whose {@code Host} header the server already refused.
 */
final class SameOrigin {

    private static final String SCHEME_CHARS =
            "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+-.";

    private SameOrigin() {
    }

    static boolean test(String current, String compare) {
        Origin a = Origin.parse(current);
        Origin b = Origin.parse(compare);
        return a != null && b != null && a.scheme.equals(b.scheme) && Objects.equals(a.hostname, b.hostname)
                && a.port != Origin.BAD_PORT && a.port == b.port;
    }

    /** The parts of a URL that {@code same_origin} compares; a port of -1 is absent. */
    private record Origin(String scheme, String hostname, int port) {

        static final int NO_PORT = -1;
        static final int BAD_PORT = -2;

        /** The origin of {@code url}, or null where {@code urlsplit} itself raises {@code ValueError}. */
        static Origin parse(String url) {
            int start = 0;
            while (start < url.length() && url.charAt(start) <= ' ') {
                start++;
            }
            String rest = url.substring(start).replace("\t", "").replace("\r", "").replace("\n", "");
            String scheme = "";
            int colon = rest.indexOf(':');
            if (colon > 0 && isAsciiLetter(rest.charAt(0)) && allSchemeChars(rest, colon)) {
                scheme = rest.substring(0, colon).toLowerCase(Locale.ROOT);
                rest = rest.substring(colon + 1);
            }
            if (!rest.startsWith("//")) {
                return new Origin(scheme, null, NO_PORT);
            }
            int end = rest.length();
            for (char delimiter : new char[] {'/', '?', '#'}) {
                int at = rest.indexOf(delimiter, 2);
                if (at >= 0) {
                    end = Math.min(end, at);
                }
            }
            String netloc = rest.substring(2, end);
            if (netloc.contains("[") != netloc.contains("]") || splitsUnderNfkc(netloc)) {
                return null;
            }
            return fromNetloc(scheme, netloc);
        }

        private static Origin fromNetloc(String scheme, String netloc) {
            String hostinfo = netloc.substring(netloc.lastIndexOf('@') + 1);
            String hostname;
            String port;
            int bracket = hostinfo.indexOf('[');
            if (bracket >= 0) {
                String bracketed = hostinfo.substring(bracket + 1);
                int close = bracketed.indexOf(']');
                hostname = close >= 0 ? bracketed.substring(0, close) : bracketed;
                String after = close >= 0 ? bracketed.substring(close + 1) : "";
                int portColon = after.indexOf(':');
                port = portColon >= 0 ? after.substring(portColon + 1) : "";
            } else {
                int portColon = hostinfo.indexOf(':');
                hostname = portColon >= 0 ? hostinfo.substring(0, portColon) : hostinfo;
                port = portColon >= 0 ? hostinfo.substring(portColon + 1) : "";
            }
            return new Origin(scheme, lowerCaseHost(hostname), port(port));
        }

        /** Python's {@code hostname}: lower case, but an IPv6 zone after {@code %} kept as it is. */
        private static String lowerCaseHost(String hostname) {
            if (hostname.isEmpty()) {
                return null;
            }
            int zone = hostname.indexOf('%');
            return zone < 0 ? hostname.toLowerCase(Locale.ROOT)
                    : hostname.substring(0, zone).toLowerCase(Locale.ROOT) + hostname.substring(zone);
        }

        /** Python's {@code port}: ASCII digits (leading zeros allowed) up to 65535, else bad. */
        private static int port(String port) {
            if (port.isEmpty()) {
                return NO_PORT;
            }
            if (!port.chars().allMatch(c -> c >= '0' && c <= '9')) {
                return BAD_PORT;
            }
            String significant = port.replaceFirst("^0+(?!$)", "");
            if (significant.length() > 5) {
                return BAD_PORT;
            }
            int value = Integer.parseInt(significant);
            return value <= 65535 ? value : BAD_PORT;
        }

        private static boolean isAsciiLetter(char c) {
            return c < 128 && Character.isLetter(c);
        }

        private static boolean allSchemeChars(String s, int end) {
            for (int i = 0; i < end; i++) {
                if (SCHEME_CHARS.indexOf(s.charAt(i)) < 0) {
                    return false;
                }
            }
            return true;
        }

        /** Python's {@code _checknetloc}: a non-ASCII host that NFKC-normalises to contain {@code / ? # @ :}. */
        private static boolean splitsUnderNfkc(String netloc) {
            if (netloc.chars().allMatch(c -> c < 128)) {
                return false;
            }
            String n = netloc.replace("@", "").replace(":", "").replace("#", "").replace("?", "");
            String normalised = Normalizer.normalize(n, Normalizer.Form.NFKC);
            return !n.equals(normalised) && normalised.chars().anyMatch(c -> "/?#@:".indexOf(c) >= 0);
        }
    }
}
