package dev.flaskspring.wrappers;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The parts of an {@code Authorization} request header; Werkzeug's {@code Authorization}.
 * <p>Depending on the scheme either {@link #parameters()} or {@link #token()} is set: {@code Basic}
 * decodes into the {@code username} and {@code password} parameters, {@code Digest}-style schemes have
 * {@code key=value} parameters, {@code Bearer} and other token schemes have a token.
 */
public final class Authorization {

    private final String type;
    private final Map<String, String> parameters;
    private final String token;

    /** An authorization of scheme {@code type} with {@code parameters} (may be null) or a {@code token}. */
    public Authorization(String type, Map<String, String> parameters, String token) {
        this.type = type;
        this.parameters = Collections.unmodifiableMap(parameters == null ? new LinkedHashMap<>()
                : new LinkedHashMap<>(parameters));
        this.token = token;
    }

    /**
     * Parses a header value, or null when it is empty or its {@code Basic} credentials are not valid
     * base64 of UTF-8; Werkzeug's {@code Authorization.from_header}.
     */
    public static Authorization fromHeader(String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        int space = value.indexOf(' ');
        String scheme = PythonText.lower(space < 0 ? value : value.substring(0, space));
        String rest = space < 0 ? "" : PythonText.strip(value.substring(space + 1));
        if (scheme.equals("basic")) {
            String credentials = decodeBasic(rest);
            if (credentials == null) {
                return null;
            }
            int colon = credentials.indexOf(':');
            Map<String, String> params = new LinkedHashMap<>();
            params.put("username", colon < 0 ? credentials : credentials.substring(0, colon));
            params.put("password", colon < 0 ? "" : credentials.substring(colon + 1));
            return new Authorization(scheme, params, null);
        }
        if (stripTrailing(rest, '=').indexOf('=') >= 0) {
            return new Authorization(scheme, HeaderValues.parseDictHeader(rest), null);
        }
        return new Authorization(scheme, null, rest);
    }

    private static String stripTrailing(String s, char c) {
        int end = s.length();
        while (end > 0 && s.charAt(end - 1) == c) {
            end--;
        }
        return s.substring(0, end);
    }

    /** Python's lenient {@code base64.b64decode} then strict UTF-8, or null where Python raises. */
    private static String decodeBasic(String data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(data.length() * 3 / 4);
        int quadPos = 0;
        int pads = 0;
        int left = 0;
        for (int i = 0; i < data.length(); i++) {
            char c = data.charAt(i);
            if (c >= 128) {
                return null;
            }
            if (c == '=') {
                if (quadPos >= 2 && quadPos + ++pads >= 4) {
                    quadPos = 0;
                    break;
                }
                continue;
            }
            int v = sextet(c);
            if (v < 0) {
                continue;
            }
            pads = 0;
            switch (quadPos) {
                case 0 -> left = v;
                case 1 -> {
                    out.write((left << 2) | (v >> 4));
                    left = v & 0x0f;
                }
                case 2 -> {
                    out.write((left << 4) | (v >> 2));
                    left = v & 0x03;
                }
                default -> out.write((left << 6) | v);
            }
            quadPos = (quadPos + 1) % 4;
        }
        if (quadPos != 0) {
            return null;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(out.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static int sextet(char c) {
        if (c >= 'A' && c <= 'Z') {
            return c - 'A';
        }
        if (c >= 'a' && c <= 'z') {
            return c - 'a' + 26;
        }
        if (c >= '0' && c <= '9') {
            return c - '0' + 52;
        }
        return c == '+' ? 62 : c == '/' ? 63 : -1;
    }

    /** The scheme, lower-case: {@code basic}, {@code digest}, {@code bearer} ... */
    public String type() {
        return type;
    }

    /** The parameters (a key without a value maps to null); empty for token schemes. */
    public Map<String, String> parameters() {
        return parameters;
    }

    /** The token of a token scheme such as {@code Bearer}, or null. */
    public String token() {
        return token;
    }

    /** One parameter, or null; Werkzeug's {@code auth["key"]} / {@code auth.key}. */
    public String get(String key) {
        return parameters.get(key);
    }

    /** Whether the parameter is present; Werkzeug's {@code "key" in auth}. */
    public boolean containsKey(String key) {
        return parameters.containsKey(key);
    }

    /** The {@code username} parameter (Basic and Digest), or null. */
    public String username() {
        return parameters.get("username");
    }

    /** The {@code password} parameter (Basic), or null. */
    public String password() {
        return parameters.get("password");
    }

    /** The header value for these parts; Werkzeug's {@code to_header}. */
    public String toHeader() {
        if (type.equals("basic")) {
            String credentials = username() + ":" + password();
            return "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
        }
        if (token != null) {
            return PythonText.title(type) + " " + token;
        }
        return PythonText.title(type) + " " + HeaderValues.dumpHeader(parameters);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Authorization other && type.equals(other.type) && Objects.equals(token, other.token)
                && parameters.equals(other.parameters);
    }

    @Override
    public int hashCode() {
        return Objects.hash(type, token, parameters);
    }

    @Override
    public String toString() {
        return "<Authorization " + toHeader() + ">";
    }
}
