package dev.flaskspring.bench.servlet;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The least code that reads and writes a Flask session cookie holding a small JSON object: itsdangerous'
 * timestamp signer with Flask's salt and HMAC key derivation, no compression (the payload is too short for it).
 */
final class SessionCookie {

    private static final Base64.Encoder ENCODE = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODE = Base64.getUrlDecoder();
    private static final Pattern COUNTER = Pattern.compile("\"counter\":\\s*(\\d{1,9})");
    private static final long MAX_AGE = 31L * 24 * 3600;

    private final byte[] key;

    SessionCookie(String secretKey) {
        this.key = hmac(secretKey.getBytes(StandardCharsets.UTF_8), "cookie-session".getBytes(StandardCharsets.US_ASCII));
    }

    /** The JSON of a valid, unexpired cookie, or null. */
    String load(String value) {
        int sig = value.lastIndexOf('.');
        int ts = sig <= 0 ? -1 : value.lastIndexOf('.', sig - 1);
        if (ts <= 0 || value.charAt(0) == '.') {
            return null;
        }
        try {
            byte[] expected = hmac(key, value.substring(0, sig).getBytes(StandardCharsets.US_ASCII));
            if (!MessageDigest.isEqual(expected, DECODE.decode(value.substring(sig + 1)))) {
                return null;
            }
            long time = 0;
            for (byte b : DECODE.decode(value.substring(ts + 1, sig))) {
                time = (time << 8) | (b & 0xff);
            }
            if (System.currentTimeMillis() / 1000 - time > MAX_AGE) {
                return null;
            }
            return new String(DECODE.decode(value.substring(0, ts)), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** A signed cookie value holding {@code json}. */
    String dump(String json) {
        long now = System.currentTimeMillis() / 1000;
        byte[] time = new byte[8];
        int n = 0;
        for (int shift = 56; shift >= 0; shift -= 8) {
            byte b = (byte) (now >>> shift);
            if (n > 0 || b != 0) {
                time[n++] = b;
            }
        }
        String value = ENCODE.encodeToString(json.getBytes(StandardCharsets.UTF_8)) + "."
                + ENCODE.encodeToString(Arrays.copyOf(time, n));
        return value + "." + ENCODE.encodeToString(hmac(key, value.getBytes(StandardCharsets.US_ASCII)));
    }

    /** The {@code counter} of a session's JSON, 0 when there is none. */
    static int counterOf(String json) {
        if (json == null) {
            return 0;
        }
        Matcher m = COUNTER.matcher(json);
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }

    private static byte[] hmac(byte[] key, byte[] data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(key, "HmacSHA1"));
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
