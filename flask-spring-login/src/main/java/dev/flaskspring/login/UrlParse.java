package dev.flaskspring.login;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The parts of Python 3.11's {@code urllib.parse} that Flask-Login's URL helpers use: {@code urlsplit},
 * {@code urlunsplit}, {@code quote}, {@code quote_plus}, {@code unquote}, {@code parse_qs} and
 * {@code urlencode}, with their exact outputs (the {@code next} parameter must be spelled as Python spells it).
 */
final class UrlParse {

    /** A split URL; Python's {@code SplitResult}. */
    record SplitUrl(String scheme, String netloc, String path, String query, String fragment) {

        SplitUrl withNetloc(String newNetloc) {
            return new SplitUrl(scheme, newNetloc, path, query, fragment);
        }

        SplitUrl withQuery(String newQuery) {
            return new SplitUrl(scheme, netloc, path, newQuery, fragment);
        }
    }

    private static final String SCHEME_CHARS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+-.";
    private static final List<String> USES_NETLOC = List.of("", "ftp", "http", "gopher", "nntp", "telnet", "imap",
            "wais", "file", "mms", "https", "shttp", "snews", "prospero", "rtsp", "rtsps", "rtspu", "rsync", "svn",
            "svn+ssh", "sftp", "nfs", "git", "git+ssh", "ws", "wss");
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private UrlParse() {
    }

    /** Python's {@code urlsplit(url)}: leading C0 controls and spaces stripped, tabs and newlines removed. */
    static SplitUrl split(String url) {
        int start = 0;
        while (start < url.length() && url.charAt(start) <= ' ') {
            start++;
        }
        String rest = url.substring(start).replace("\t", "").replace("\r", "").replace("\n", "");
        String scheme = "";
        String netloc = "";
        String query = "";
        String fragment = "";
        int colon = rest.indexOf(':');
        if (colon > 0 && isAsciiLetter(rest.charAt(0)) && allSchemeChars(rest, colon)) {
            scheme = rest.substring(0, colon).toLowerCase(java.util.Locale.ROOT);
            rest = rest.substring(colon + 1);
        }
        if (rest.startsWith("//")) {
            int end = rest.length();
            for (char delimiter : new char[] {'/', '?', '#'}) {
                int at = rest.indexOf(delimiter, 2);
                if (at >= 0) {
                    end = Math.min(end, at);
                }
            }
            netloc = rest.substring(2, end);
            rest = rest.substring(end);
        }
        int hash = rest.indexOf('#');
        if (hash >= 0) {
            fragment = rest.substring(hash + 1);
            rest = rest.substring(0, hash);
        }
        int question = rest.indexOf('?');
        if (question >= 0) {
            query = rest.substring(question + 1);
            rest = rest.substring(0, question);
        }
        return new SplitUrl(scheme, netloc, rest, query, fragment);
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean allSchemeChars(String s, int end) {
        for (int i = 0; i < end; i++) {
            if (SCHEME_CHARS.indexOf(s.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    /** Python's {@code urlunsplit(parts)}. */
    static String unsplit(SplitUrl parts) {
        String url = parts.path();
        if (!parts.netloc().isEmpty()
                || (!parts.scheme().isEmpty() && USES_NETLOC.contains(parts.scheme()) && !url.startsWith("//"))) {
            if (!url.isEmpty() && url.charAt(0) != '/') {
                url = "/" + url;
            }
            url = "//" + parts.netloc() + url;
        }
        if (!parts.scheme().isEmpty()) {
            url = parts.scheme() + ":" + url;
        }
        if (!parts.query().isEmpty()) {
            url = url + "?" + parts.query();
        }
        if (!parts.fragment().isEmpty()) {
            url = url + "#" + parts.fragment();
        }
        return url;
    }

    /** Python's {@code quote(s, safe)}: UTF-8, then every byte but letters, digits, {@code _.-~} and {@code safe} as {@code %XX}. */
    static String quote(String s, String safe) {
        return quote(s.getBytes(StandardCharsets.UTF_8), safe);
    }

    /** Python's {@code quote_from_bytes(bytes, safe)}. */
    static String quote(byte[] bytes, String safe) {
        StringBuilder out = new StringBuilder(bytes.length + 16);
        for (byte b : bytes) {
            int c = b & 0xFF;
            if (isAlwaysSafe(c) || (c < 0x80 && safe.indexOf(c) >= 0)) {
                out.append((char) c);
            } else {
                out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xF]);
            }
        }
        return out.toString();
    }

    private static boolean isAlwaysSafe(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '.'
                || c == '-' || c == '~';
    }

    /** Python's {@code quote_plus(s)}: as {@link #quote} with nothing safe, but a space becomes {@code +}. */
    static String quotePlus(String s) {
        return quote(s, " ").replace(' ', '+');
    }

    /**
     * Python's {@code unquote(s)}: {@code %XX} escapes inside runs of ASCII become bytes, decoded as UTF-8;
     * invalid UTF-8 becomes U+FFFD ({@code errors="replace"}) or, with {@code requoteInvalid}, stays
     * {@code %XX} in upper case (Werkzeug's {@code "werkzeug.url_quote"} error handler).
     */
    static String unquote(String s, boolean requoteInvalid) {
        if (s.indexOf('%') < 0) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            int end = i;
            while (end < s.length() && s.charAt(end) < 0x80) {
                end++;
            }
            if (end > i) {
                Utf8.decode(percentDecode(s.substring(i, end)), requoteInvalid, out);
                i = end;
            }
            while (i < s.length() && s.charAt(i) >= 0x80) {
                out.append(s.charAt(i++));
            }
        }
        return out.toString();
    }

    /** Python's {@code unquote_to_bytes} of ASCII text: a {@code %} not followed by two hex digits stays. */
    private static byte[] percentDecode(String ascii) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(ascii.length());
        for (int i = 0; i < ascii.length(); i++) {
            char c = ascii.charAt(i);
            if (c == '%' && i + 2 < ascii.length() && hex(ascii.charAt(i + 1)) >= 0 && hex(ascii.charAt(i + 2)) >= 0) {
                out.write(hex(ascii.charAt(i + 1)) * 16 + hex(ascii.charAt(i + 2)));
                i += 2;
            } else {
                out.write(c);
            }
        }
        return out.toByteArray();
    }

    private static int hex(char c) {
        return c < 0x80 ? Character.digit(c, 16) : -1;
    }

    /** Python's {@code parse_qs(query, keep_blank_values=True)}: each name with its values, in first-seen order. */
    static Map<String, Object> parseQs(String query) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (query.isEmpty()) {
            return out;
        }
        for (String field : query.split("&", -1)) {
            if (field.isEmpty()) {
                continue;
            }
            int eq = field.indexOf('=');
            String name = eq < 0 ? field : field.substring(0, eq);
            String value = eq < 0 ? "" : field.substring(eq + 1);
            name = unquote(name.replace('+', ' '), false);
            value = unquote(value.replace('+', ' '), false);
            @SuppressWarnings("unchecked")
            List<String> values = (List<String>) out.computeIfAbsent(name, k -> new ArrayList<String>());
            values.add(value);
        }
        return out;
    }

    /** Python's {@code urlencode(values, doseq=True)}: a list value repeats its name; {@code quote_plus} throughout. */
    static String urlencode(Map<String, Object> values) {
        StringBuilder out = new StringBuilder();
        values.forEach((name, value) -> {
            List<?> items = value instanceof List<?> list ? list : List.of(String.valueOf(value));
            for (Object item : items) {
                if (out.length() > 0) {
                    out.append('&');
                }
                out.append(quotePlus(name)).append('=').append(quotePlus(String.valueOf(item)));
            }
        });
        return out.toString();
    }
}
