package dev.flaskspring.urls;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Percent-decoding and query-string parsing as Werkzeug does them; Werkzeug's {@code urls} module ({@code quote}, {@code unquote}, {@code url_decode}).
 * <p>Lenient: a malformed escape stays as written and invalid UTF-8 becomes U+FFFD, never an error.
 */
public final class Urls {

    private Urls() {
    }

    /** Decodes {@code %XX} escapes as UTF-8; with {@code plusIsSpace}, {@code +} is a space (query strings). */
    public static String unquote(String s, boolean plusIsSpace) {
        if (s.indexOf('%') < 0 && (!plusIsSpace || s.indexOf('+') < 0)) {
            return s;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '%' && i + 2 < s.length() && hex(s.charAt(i + 1)) >= 0 && hex(s.charAt(i + 2)) >= 0) {
                bytes.write(hex(s.charAt(i + 1)) * 16 + hex(s.charAt(i + 2)));
                i += 2;
            } else if (c == '+' && plusIsSpace) {
                bytes.write(' ');
            } else {
                byte[] enc = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                if (Character.isHighSurrogate(c) && i + 1 < s.length()) {
                    enc = s.substring(i, i + 2).getBytes(StandardCharsets.UTF_8);
                    i++;
                }
                bytes.write(enc, 0, enc.length);
            }
        }
        return decodeUtf8(bytes.toByteArray());
    }

    /** Decodes bytes as UTF-8, replacing malformed input with U+FFFD (Python's {@code errors="replace"}). */
    public static String decodeUtf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Percent-encodes {@code s} as UTF-8, leaving ASCII letters, digits, {@code -._~} and {@code safe} as they are. */
    public static String quote(String s, String safe) {
        StringBuilder out = null;
        byte[] bytes = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 128 && (Character.isLetterOrDigit(c) || "-._~".indexOf(c) >= 0 || safe.indexOf(c) >= 0)) {
                if (out != null) {
                    out.append(c);
                }
                continue;
            }
            if (out == null) {
                out = new StringBuilder(s.length() + 16).append(s, 0, i);
            }
            int cp = s.codePointAt(i);
            bytes = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8);
            for (byte b : bytes) {
                out.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xF, 16)))
                        .append(Character.toUpperCase(Character.forDigit(b & 0xF, 16)));
            }
            if (Character.charCount(cp) == 2) {
                i++;
            }
        }
        return out == null ? s : out.toString();
    }

    private static int hex(char c) {
        return Character.digit(c, 16);
    }

    /** {@link #quote} with spaces as {@code +}; Python's {@code quote_plus}. */
    public static String quotePlus(String s, String safe) {
        return quote(s, safe + " ").replace(' ', '+');
    }

    /**
     * Encodes query arguments as Werkzeug's {@code _urlencode}: a {@code Collection} or array value
     * repeats the key, null values are skipped, keys optionally sorted.
     */
    public static String urlencode(java.util.Map<String, ?> values, boolean sort) {
        java.util.List<String[]> items = new java.util.ArrayList<>();
        values.forEach((k, v) -> {
            if (v instanceof Iterable<?> many) {
                many.forEach(item -> {
                    if (item != null) {
                        items.add(new String[] {k, String.valueOf(item)});
                    }
                });
            } else if (v instanceof Object[] array) {
                for (Object item : array) {
                    if (item != null) {
                        items.add(new String[] {k, String.valueOf(item)});
                    }
                }
            } else if (v != null) {
                items.add(new String[] {k, String.valueOf(v)});
            }
        });
        if (sort) {
            items.sort(java.util.Comparator.comparing(a -> a[0]));
        }
        StringBuilder sb = new StringBuilder();
        for (String[] item : items) {
            if (sb.length() > 0) {
                sb.append('&');
            }
            sb.append(quotePlus(item[0], QUERY_SAFE)).append('=').append(quotePlus(item[1], QUERY_SAFE));
        }
        return sb.toString();
    }

    private static final String QUERY_SAFE = "!$'()*,/:;?@";
}
