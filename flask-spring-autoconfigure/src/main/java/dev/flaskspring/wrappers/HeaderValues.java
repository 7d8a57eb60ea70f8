package dev.flaskspring.wrappers;

import dev.flaskspring.urls.Urls;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses and writes HTTP header values as Werkzeug's {@code http} module does: lists, {@code key=value}
 * dicts, options ({@code text/html; charset=utf-8}), quoting, and the typed headers built on them.
 * <p>Lenient as Werkzeug: malformed parts are skipped, never an error.
 */
final class HeaderValues {

    private static final String TOKEN_CHARS =
            "!#$%&'*+-.0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ^_`abcdefghijklmnopqrstuvwxyz|~";
    private static final Pattern PARAMETER_KEY = Pattern.compile("([\\w!#$%&'*+\\-.^`|~]+)=");
    private static final Pattern PARAMETER_TOKEN_VALUE = Pattern.compile("[\\w!#$%&'*+\\-.^`|~]+");
    private static final Pattern CHARSET_VALUE =
            Pattern.compile("([\\w!#$%&*+\\-.^`|~]*)'[\\w!#$%&*+\\-.^`|~]*'([\\w!#$%&'*+\\-.^`|~]+)");
    private static final Pattern CONTINUATION = Pattern.compile("\\*(\\d+)$");
    private static final Pattern Q_VALUE = Pattern.compile("-?\\d+(\\.\\d+)?");
    private static final Set<String> SAFE_ENCODINGS = Set.of("ascii", "us-ascii", "utf-8", "iso-8859-1");
    private static final Set<String> ENTITY_HEADERS = Set.of("allow", "content-encoding", "content-language",
            "content-length", "content-location", "content-md5", "content-range", "content-type", "expires",
            "last-modified");

    /** A header value and its {@code ;}-separated parameters; the result of {@code parse_options_header}. */
    record Options(String value, Map<String, String> params) {
    }

    private HeaderValues() {
    }

    /** Quotes {@code value} unless it is a token; Werkzeug's {@code quote_header_value}. */
    static String quoteHeaderValue(String value, boolean allowToken) {
        if (value.isEmpty()) {
            return "\"\"";
        }
        if (allowToken && isToken(value)) {
            return value;
        }
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static boolean isToken(String value) {
        for (int i = 0; i < value.length(); i++) {
            if (TOKEN_CHARS.indexOf(value.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    /** Removes surrounding quotes and backslash escapes; Werkzeug's {@code unquote_header_value}. */
    static String unquoteHeaderValue(String value) {
        if (value.length() < 2 || value.charAt(0) != '"' || value.charAt(value.length() - 1) != '"') {
            return value;
        }
        String inner = value.substring(1, value.length() - 1);
        StringBuilder out = new StringBuilder(inner.length());
        for (int i = 0; i < inner.length(); i++) {
            char c = inner.charAt(i);
            if (c == '\\' && i + 1 < inner.length() && inner.charAt(i + 1) != '\n') {
                c = inner.charAt(++i);
            }
            out.append(c);
        }
        return out.toString();
    }

    /** {@code value; key=value; ...}, skipping null values; Werkzeug's {@code dump_options_header}. */
    static String dumpOptionsHeader(String header, Map<String, String> options) {
        List<String> segments = new ArrayList<>();
        if (header != null) {
            segments.add(header);
        }
        options.forEach((key, value) -> {
            if (value != null) {
                segments.add(key + "=" + (key.endsWith("*") ? value : quoteHeaderValue(value, true)));
            }
        });
        return String.join("; ", segments);
    }

    /** {@code key=value, key, ...} (a null value writes the key alone); Werkzeug's {@code dump_header}. */
    static String dumpHeader(Map<String, String> items) {
        List<String> out = new ArrayList<>(items.size());
        items.forEach((key, value) -> {
            if (value == null) {
                out.add(key);
            } else {
                out.add(key + "=" + (key.endsWith("*") ? value : quoteHeaderValue(value, true)));
            }
        });
        return String.join(", ", out);
    }

    /** Comma-separated items, quotes kept inside items; empty when a quote is unclosed; Werkzeug's {@code parse_list_header}. */
    static List<String> parseListHeader(String value) {
        List<String> items = new ArrayList<>();
        StringBuilder item = new StringBuilder();
        boolean escape = false;
        boolean quote = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (escape) {
                escape = false;
            } else if (quote) {
                if (c == '\\') {
                    escape = true;
                } else if (c == '"') {
                    quote = false;
                }
            } else if (c == ',') {
                items.add(item.toString());
                item.setLength(0);
                continue;
            } else if (c == '"') {
                quote = true;
            }
            item.append(c);
        }
        if (quote) {
            return List.of();
        }
        items.add(item.toString());
        List<String> out = new ArrayList<>(items.size());
        for (String raw : items) {
            String stripped = PythonText.strip(raw);
            if (!stripped.isEmpty()) {
                out.add(unquoteHeaderValue(stripped));
            }
        }
        return out;
    }

    /** List items parsed as {@code key=value} (a bare key maps to null); Werkzeug's {@code parse_dict_header}. */
    static Map<String, String> parseDictHeader(String value) {
        Map<String, String> result = new LinkedHashMap<>();
        for (String item : parseListHeader(value)) {
            int eq = item.indexOf('=');
            String key = PythonText.strip(eq < 0 ? item : item.substring(0, eq));
            if (key.isEmpty()) {
                continue;
            }
            if (eq < 0) {
                result.put(key, null);
                continue;
            }
            String v = PythonText.strip(item.substring(eq + 1));
            if (key.endsWith("*")) {
                key = key.substring(0, key.length() - 1);
                String encoding = null;
                Matcher m = CHARSET_VALUE.matcher(v);
                if (m.lookingAt()) {
                    encoding = PythonText.lower(m.group(1));
                    v = m.group(2);
                }
                if (encoding != null && SAFE_ENCODINGS.contains(encoding)) {
                    v = percentUnquote(v, encoding);
                }
            }
            result.put(key, unquoteHeaderValue(v));
        }
        return result;
    }

    /**
     * A value and its parameters, RFC 2231 charsets and continuations included; Werkzeug's
     * {@code parse_options_header}. Parameter names are lower-cased; invalid parts are skipped.
     */
    static Options parseOptionsHeader(String header) {
        if (header == null) {
            return new Options("", Map.of());
        }
        int semi = header.indexOf(';');
        String value = PythonText.strip(semi < 0 ? header : header.substring(0, semi));
        String rest = semi < 0 ? "" : PythonText.strip(header.substring(semi + 1));
        if (value.isEmpty() || rest.isEmpty()) {
            return new Options(value, Map.of());
        }
        List<String[]> parts = new ArrayList<>();
        Matcher key = PARAMETER_KEY.matcher(rest);
        Matcher token = PARAMETER_TOKEN_VALUE.matcher(rest);
        int pos = 0;
        int length = rest.length();
        while (true) {
            key.region(pos, length);
            if (key.lookingAt()) {
                String pk = PythonText.lower(key.group(1));
                pos = key.end();
                token.region(pos, length);
                if (token.lookingAt()) {
                    parts.add(new String[] {pk, token.group()});
                } else if (rest.startsWith("\"", pos)) {
                    for (int i = pos + 1; i < length; i++) {
                        if (rest.startsWith("\\\\", i) || rest.startsWith("\\\"", i)) {
                            i++;
                        } else if (rest.charAt(i) == '"') {
                            parts.add(new String[] {pk, rest.substring(pos, i + 1)});
                            pos = i + 1;
                            break;
                        }
                    }
                }
            }
            int end = rest.indexOf(';', pos);
            if (end < 0) {
                break;
            }
            pos = end + 1;
            while (pos < length && PythonText.isSpace(rest.charAt(pos))) {
                pos++;
            }
        }
        return new Options(value, decodeParameters(parts));
    }

    private static Map<String, String> decodeParameters(List<String[]> parts) {
        Map<String, String> options = new LinkedHashMap<>();
        String encoding = null;
        String continuedEncoding = null;
        for (String[] part : parts) {
            String pk = part[0];
            String pv = part[1];
            if (pk.endsWith("*")) {
                pk = pk.substring(0, pk.length() - 1);
                Matcher m = CHARSET_VALUE.matcher(pv);
                if (m.lookingAt()) {
                    encoding = PythonText.lower(m.group(1));
                    pv = m.group(2);
                }
                if (encoding == null || encoding.isEmpty()) {
                    encoding = continuedEncoding;
                }
                if (encoding != null && SAFE_ENCODINGS.contains(encoding)) {
                    continuedEncoding = encoding;
                    pv = percentUnquote(pv, encoding);
                }
            }
            if (pv.length() >= 1 && pv.charAt(0) == '"' && pv.charAt(pv.length() - 1) == '"') {
                pv = pv.length() < 2 ? "" : pv.substring(1, pv.length() - 1)
                        .replace("\\\\", "\\").replace("\\\"", "\"").replace("%22", "\"");
            }
            Matcher continuation = CONTINUATION.matcher(pk);
            if (continuation.find()) {
                pk = pk.substring(0, continuation.start());
                options.merge(pk, pv, String::concat);
            } else {
                options.put(pk, pv);
            }
        }
        return options;
    }

    /**
     * Python's {@code urllib.parse.unquote(value, encoding)}: runs of ASCII are percent-decoded and decoded
     * with {@code encoding}, invalid bytes replaced; other characters are kept.
     */
    static String percentUnquote(String value, String encoding) {
        if (value.indexOf('%') < 0) {
            return value;
        }
        StringBuilder out = new StringBuilder(value.length());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c >= 128) {
                flush(bytes, encoding, out);
                out.append(c);
            } else if (c == '%' && i + 2 < value.length() && isHex(value.charAt(i + 1)) && isHex(value.charAt(i + 2))) {
                bytes.write(Integer.parseInt(value.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                bytes.write(c);
            }
        }
        flush(bytes, encoding, out);
        return out.toString();
    }

    private static boolean isHex(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    private static void flush(ByteArrayOutputStream bytes, String encoding, StringBuilder out) {
        if (bytes.size() == 0) {
            return;
        }
        byte[] b = bytes.toByteArray();
        bytes.reset();
        if (encoding.equals("utf-8")) {
            out.append(Urls.decodeUtf8(b));
        } else if (encoding.equals("iso-8859-1")) {
            out.append(new String(b, StandardCharsets.ISO_8859_1));
        } else {
            for (byte x : b) {
                out.append(x >= 0 ? (char) x : '\ufffd');
            }
        }
    }

    /**
     * An {@code Accept}-style header as {@code factory}'s type, items with an invalid {@code q} skipped;
     * Werkzeug's {@code parse_accept_header}. An empty header gives the factory {@code null} (not provided).
     */
    static <T extends Accept> T parseAccept(String value, Function<List<Accept.Entry>, T> factory) {
        if (value == null || value.isEmpty()) {
            return factory.apply(null);
        }
        List<Accept.Entry> result = new ArrayList<>();
        for (String raw : parseListHeader(value)) {
            Options item = parseOptionsHeader(raw);
            Map<String, String> options = new LinkedHashMap<>(item.params());
            double q = 1;
            if (options.containsKey("q")) {
                String qs = PythonText.strip(options.remove("q"));
                if (!Q_VALUE.matcher(qs).matches()) {
                    continue;
                }
                q = Double.parseDouble(qs);
                if (q < 0 || q > 1) {
                    continue;
                }
            }
            String entry = options.isEmpty() ? item.value() : dumpOptionsHeader(item.value(), options);
            result.add(new Accept.Entry(entry, q));
        }
        return factory.apply(result);
    }

    /** Whether {@code name} is an entity header; Werkzeug's {@code is_entity_header}. */
    static boolean isEntityHeader(String name) {
        return ENTITY_HEADERS.contains(PythonText.lower(name));
    }

    /**
     * A copy of {@code headers} without the entity headers but {@code Expires} and {@code Content-Location};
     * Werkzeug's {@code remove_entity_headers}.
     */
    static Headers withoutEntityHeaders(Headers headers) {
        Headers out = new Headers();
        headers.forEach((name, value) -> {
            String lower = PythonText.lower(name);
            if (!isEntityHeader(name) || lower.equals("expires") || lower.equals("content-location")) {
                out.add(name, value);
            }
        });
        return out;
    }
}
