package dev.flaskspring.wtf;

import dev.flaskspring.sessions.BadSignature;
import dev.flaskspring.sessions.SignatureExpired;
import dev.flaskspring.sessions.TimestampSigner;
import dev.flaskspring.sessions.TimestampSigner.KeyDerivation;
import dev.flaskspring.sessions.UrlSafePayload;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.LongSupplier;
import tools.jackson.databind.json.JsonMapper;

/**
 * Signs a raw CSRF token into the token a form carries, and back; itsdangerous'
 * {@code URLSafeTimedSerializer(secret_key, salt="wtf-csrf-token")} as Flask-WTF builds it.
 * <p>That is itsdangerous' default signer (SHA-1 HMAC, {@code django-concat} key derivation) over the
 * URL-safe payload: compact JSON (non-ASCII kept, as itsdangerous' {@code ensure_ascii=False}), zlib
 * compressed when that is shorter, base64url. Tokens are byte-identical to Python's for the same key,
 * raw token and second.
 */
final class CsrfTokenSerializer {

    static final String SALT = "wtf-csrf-token";
    /** The largest decompressed payload read; a compression bomb is refused, not inflated. */
    static final int MAX_PAYLOAD_BYTES = 64 * 1024;

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private final TimestampSigner signer;

    CsrfTokenSerializer(byte[] secretKey, LongSupplier clock) {
        this.signer = new TimestampSigner(List.of(secretKey), SALT, KeyDerivation.DJANGO_CONCAT, clock);
    }

    /** The signed token for {@code rawToken}, timestamped now; itsdangerous' {@code dumps}. */
    String dumps(String rawToken) {
        return signer.sign(UrlSafePayload.encode(jsonString(rawToken).getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * The value a token carries (a {@code String} for every token Flask-WTF issues), when it was signed
     * at most {@code maxAgeSeconds} ago, or at any time when that is null; itsdangerous' {@code loads}.
     *
     * @throws SignatureExpired when it is older, or signed in the future
     * @throws BadSignature when its signature, timestamp or payload is wrong
     */
    Object loads(String token, Long maxAgeSeconds) throws BadSignature {
        String payload = maxAgeSeconds == null ? signer.unsign(token) : signer.unsign(token, maxAgeSeconds);
        byte[] json = UrlSafePayload.decode(payload, MAX_PAYLOAD_BYTES);
        try {
            return JSON.readValue(json, Object.class);
        } catch (RuntimeException e) {
            throw new BadSignature("Could not load the payload because an exception occurred on unserializing"
                    + " the data.");
        }
    }

    /** {@code value} as a JSON string, escaped as Python's {@code json.dumps(value, ensure_ascii=False)}. */
    static String jsonString(String value) {
        StringBuilder out = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20) {
                        out.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xF]);
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
