package dev.flaskspring.wrappers;

import dev.flaskspring.urls.Urls;

/** Parses a {@code Cookie} request header; Werkzeug's {@code parse_cookie}. */
final class CookieParser {

    private CookieParser() {
    }

    static MultiDict<String> parse(Iterable<String> headerValues) {
        MultiDict<String> out = new MultiDict<>();
        for (String header : headerValues) {
            for (String part : header.split(";")) {
                String p = part.trim();
                if (p.isEmpty()) {
                    continue;
                }
                int eq = p.indexOf('=');
                String key = (eq < 0 ? p : p.substring(0, eq)).trim();
                String value = eq < 0 ? "" : p.substring(eq + 1).trim();
                if (key.isEmpty()) {
                    continue;
                }
                out.add(key, unquote(value));
            }
        }
        return out;
    }

    private static String unquote(String v) {
        if (v.length() < 2 || v.charAt(0) != '"' || v.charAt(v.length() - 1) != '"') {
            return v;
        }
        String inner = v.substring(1, v.length() - 1);
        if (inner.indexOf('\\') < 0) {
            return inner;
        }
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < inner.length(); i++) {
            char c = inner.charAt(i);
            if (c == '\\' && isOctal(inner, i + 1)) {
                bytes.write(Integer.parseInt(inner.substring(i + 1, i + 4), 8));
                i += 3;
            } else if (c == '\\' && i + 1 < inner.length()) {
                bytes.write(inner.charAt(++i));
            } else {
                byte[] b = String.valueOf(c).getBytes(java.nio.charset.StandardCharsets.UTF_8);
                bytes.write(b, 0, b.length);
            }
        }
        return Urls.decodeUtf8(bytes.toByteArray());
    }

    private static boolean isOctal(String s, int from) {
        if (from + 3 > s.length()) {
            return false;
        }
        for (int i = from; i < from + 3; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '7') {
                return false;
            }
        }
        return true;
    }
}
