package dev.flaskspring.login;

import dev.flaskspring.wrappers.Request;
import java.net.IDN;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The request's URL as Werkzeug 3.1's {@code request.url} gives it, which Flask-Login puts in {@code next}:
 * {@code get_current_url} quotes the path and query, then {@code uri_to_iri} unquotes every valid UTF-8
 * escape except the reserved ones, so {@code /caf%C3%A9%20b} reads {@code /café%20b}.
 */
final class RequestUrl {

    private static final String PATH_SAFE = "!$&'()*+,/:;=@%";
    private static final String QUERY_SAFE = "!$&'()*+,/:;=?@%";
    private static final String ALWAYS_QUOTED = alwaysQuoted();
    private static final Pattern KEEP_IN_PATH = keep(ALWAYS_QUOTED + "/?#");
    private static final Pattern KEEP_IN_QUERY = keep(ALWAYS_QUOTED + "&=+#");
    private static final Pattern KEEP_IN_USER = keep(ALWAYS_QUOTED + ":@/?#");

    private RequestUrl() {
    }

    /** Werkzeug's {@code request.url}. */
    static String of(Request request) {
        StringBuilder uri = new StringBuilder(request.scheme()).append("://").append(request.host());
        uri.append(UrlParse.quote(stripTrailingSlashes(request.scriptRoot()), PATH_SAFE)).append('/');
        uri.append(UrlParse.quote(stripLeadingSlashes(request.path()), PATH_SAFE));
        String query = request.queryString();
        if (!query.isEmpty()) {
            uri.append('?').append(UrlParse.quote(wsgiBytes(query), QUERY_SAFE));
        }
        return uriToIri(uri.toString());
    }

    /** The query string's bytes as a WSGI server passes them: latin-1 text, else (never from a socket) UTF-8. */
    private static byte[] wsgiBytes(String s) {
        boolean latin1 = s.chars().allMatch(c -> c <= 0xFF);
        return s.getBytes(latin1 ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8);
    }

    /** Werkzeug's {@code uri_to_iri}. */
    static String uriToIri(String uri) {
        UrlParse.SplitUrl parts = UrlParse.split(uri);
        String path = unquoteExcept(parts.path(), KEEP_IN_PATH);
        String query = unquoteExcept(parts.query(), KEEP_IN_QUERY);
        String fragment = unquoteExcept(parts.fragment(), keep(ALWAYS_QUOTED));
        return UrlParse.unsplit(new UrlParse.SplitUrl(parts.scheme(), iriNetloc(parts.netloc()), path, query, fragment));
    }

    /** The netloc as {@code uri_to_iri} rebuilds it from Python's {@code hostname}, {@code port} and user info. */
    private static String iriNetloc(String netloc) {
        int at = netloc.lastIndexOf('@');
        String userInfo = at >= 0 ? netloc.substring(0, at) : null;
        String hostInfo = netloc.substring(at + 1);
        String hostname;
        String port;
        int open = hostInfo.indexOf('[');
        if (open >= 0) {
            String bracketed = hostInfo.substring(open + 1);
            int close = bracketed.indexOf(']');
            hostname = close >= 0 ? bracketed.substring(0, close) : bracketed;
            String afterBracket = close >= 0 ? bracketed.substring(close + 1) : "";
            int colon = afterBracket.indexOf(':');
            port = colon >= 0 ? afterBracket.substring(colon + 1) : "";
        } else {
            int colon = hostInfo.indexOf(':');
            hostname = colon >= 0 ? hostInfo.substring(0, colon) : hostInfo;
            port = colon >= 0 ? hostInfo.substring(colon + 1) : "";
        }
        String out = hostname.isEmpty() ? "" : decodeIdna(lowerHostname(hostname));
        if (out.indexOf(':') >= 0) {
            out = "[" + out + "]";
        }
        String portText = portText(port);
        if (portText != null) {
            out = out + ":" + portText;
        }
        if (userInfo != null && !userInfo.isEmpty()) {
            int colon = userInfo.indexOf(':');
            String user = unquoteExcept(colon >= 0 ? userInfo.substring(0, colon) : userInfo, KEEP_IN_USER);
            String password = colon >= 0 ? userInfo.substring(colon + 1) : "";
            out = (password.isEmpty() ? user : user + ":" + unquoteExcept(password, KEEP_IN_USER)) + "@" + out;
        }
        return out;
    }

    /** Python's {@code hostname}: lower-cased up to an IPv6 zone ({@code %eth0}), which keeps its case. */
    private static String lowerHostname(String hostname) {
        int percent = hostname.indexOf('%');
        String host = percent >= 0 ? hostname.substring(0, percent) : hostname;
        return host.toLowerCase(java.util.Locale.ROOT) + (percent >= 0 ? hostname.substring(percent) : "");
    }

    /**
     * Python's {@code port} as {@code uri_to_iri} writes it: a number (so {@code 080} is {@code 80}), or null when
     * absent or 0. Where Python would raise (not digits, out of range) the text stays as it came.
     */
    private static String portText(String port) {
        if (port.isEmpty()) {
            return null;
        }
        if (port.chars().allMatch(c -> c >= '0' && c <= '9')) {
            java.math.BigInteger value = new java.math.BigInteger(port);
            if (value.compareTo(java.math.BigInteger.valueOf(65535)) <= 0) {
                return value.signum() == 0 ? null : value.toString();
            }
        }
        return port;
    }

    /** Werkzeug's {@code _decode_idna}: ASCII Punycode labels decoded, others left. */
    private static String decodeIdna(String domain) {
        if (!domain.chars().allMatch(c -> c < 0x80)) {
            return domain;
        }
        String[] labels = domain.split("\\.", -1);
        StringBuilder out = new StringBuilder(domain.length());
        for (int i = 0; i < labels.length; i++) {
            if (i > 0) {
                out.append('.');
            }
            out.append(IDN.toUnicode(labels[i], IDN.ALLOW_UNASSIGNED));
        }
        return out.toString();
    }

    /** Werkzeug's {@code _unquote_partial}: unquotes everything but runs of the escapes {@code keep} matches. */
    private static String unquoteExcept(String value, Pattern keep) {
        Matcher m = keep.matcher(value);
        StringBuilder out = new StringBuilder(value.length());
        int last = 0;
        while (m.find()) {
            out.append(UrlParse.unquote(value.substring(last, m.start()), true)).append(m.group());
            last = m.end();
        }
        return out.append(UrlParse.unquote(value.substring(last), true)).toString();
    }

    private static Pattern keep(String chars) {
        StringBuilder alternatives = new StringBuilder();
        chars.chars().sorted().distinct().forEach(c -> {
            if (alternatives.length() > 0) {
                alternatives.append('|');
            }
            alternatives.append(String.format("%02X", c));
        });
        return Pattern.compile("(?:%(?:" + alternatives + "))+", Pattern.CASE_INSENSITIVE);
    }

    /** Controls, space, {@code %} and DEL: always kept quoted. */
    private static String alwaysQuoted() {
        StringBuilder s = new StringBuilder();
        for (char c = 0; c <= 0x20; c++) {
            s.append(c);
        }
        return s.append('%').append('\u007f').toString();
    }

    private static String stripTrailingSlashes(String s) {
        int end = s.length();
        while (end > 0 && s.charAt(end - 1) == '/') {
            end--;
        }
        return s.substring(0, end);
    }

    private static String stripLeadingSlashes(String s) {
        int start = 0;
        while (start < s.length() && s.charAt(start) == '/') {
            start++;
        }
        return s.substring(start);
    }
}
