package dev.flaskspring.login;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The remember-me cookie's value, {@code <user id>|<HMAC-SHA512 hex digest of the id>}; Flask-Login's
 * {@code encode_cookie} and {@code decode_cookie}.
 * <p>The HMAC key is the secret key's latin-1 bytes (Flask-Login's {@code _secret_key}), not its UTF-8
 * bytes as for the session cookie: a key outside latin-1 cannot sign remember cookies.
 */
public final class RememberCookie {

    private static final HexFormat HEX = HexFormat.of();

    private RememberCookie() {
    }

    /** {@code payload|digest}, signed with {@code secretKey} (text or {@code byte[]}); Flask-Login's {@code encode_cookie}. */
    public static String encode(String payload, Object secretKey) {
        if (secretKey == null) {
            throw new IllegalStateException("The remember cookie needs a SECRET_KEY; set one on the application.");
        }
        return payload + "|" + digest(payload, secretKey(secretKey));
    }

    /**
     * The user id in a remember cookie, or null when it is not one signed with {@code secretKey} (no {@code |},
     * a wrong, truncated or non-ASCII digest, no key); Flask-Login's {@code decode_cookie}.
     */
    public static String decode(String cookie, Object secretKey) {
        int bar = cookie == null ? -1 : cookie.lastIndexOf('|');
        if (bar < 0 || secretKey == null) {
            return null;
        }
        String payload = cookie.substring(0, bar);
        String digest = cookie.substring(bar + 1);
        if (!digest.chars().allMatch(c -> c < 0x80)) {
            return null;
        }
        byte[] expected = digest(payload, secretKey(secretKey)).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, digest.getBytes(StandardCharsets.US_ASCII)) ? payload : null;
    }

    /** The HMAC key of a secret key: {@code byte[]} as is, text as latin-1; Flask-Login's {@code _secret_key}. */
    public static byte[] secretKey(Object key) {
        if (key instanceof byte[] bytes) {
            return bytes;
        }
        String text = String.valueOf(key);
        if (!text.chars().allMatch(c -> c <= 0xFF)) {
            throw new IllegalStateException("The SECRET_KEY holds characters outside latin-1, which Flask-Login cannot"
                    + " sign remember cookies with (it encodes the key as latin-1); use bytes or latin-1 text.");
        }
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static String digest(String payload, byte[] key) {
        try {
            Mac mac = Mac.getInstance("HmacSHA512");
            // An empty HMAC key is zero-padded to the block size, as is a single zero byte: same digest.
            mac.init(new SecretKeySpec(key.length == 0 ? new byte[1] : key, "HmacSHA512"));
            return HEX.formatHex(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA512 is unavailable", e);
        }
    }
}
