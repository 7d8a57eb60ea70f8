package dev.flaskspring.sessions;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.LongSupplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs a value with a timestamp and checks signature and age; itsdangerous' {@code TimestampSigner}
 * with SHA-1 and, by default, {@code key_derivation="hmac"} as Flask's session uses it.
 * <p>The newest key signs; every key verifies (key rotation). Signatures compare in constant time.
 */
public final class TimestampSigner {

    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder B64_DECODE = Base64.getUrlDecoder();

    /** How the signing key is made from the secret key and the salt; itsdangerous' {@code key_derivation}. */
    public enum KeyDerivation {
        /** {@code HMAC(secret_key, salt)}: Flask's session serializer. */
        HMAC,
        /** {@code SHA1(salt + "signer" + secret_key)}: itsdangerous' default, used by Flask-WTF's CSRF tokens. */
        DJANGO_CONCAT
    }

    private final List<Mac> macs;
    private final LongSupplier clock;

    /**
     * A signer for {@code keys} (oldest first, the last signs) with {@code salt} and HMAC key derivation,
     * reading the time in epoch seconds from {@code clock}.
     */
    public TimestampSigner(List<byte[]> keys, String salt, LongSupplier clock) {
        this(keys, salt, KeyDerivation.HMAC, clock);
    }

    /** A signer for {@code keys} (oldest first, the last signs) with {@code salt} and {@code keyDerivation}. */
    public TimestampSigner(List<byte[]> keys, String salt, KeyDerivation keyDerivation, LongSupplier clock) {
        if (keys.isEmpty()) {
            throw new IllegalArgumentException("At least one secret key is required.");
        }
        byte[] saltBytes = salt.getBytes(StandardCharsets.UTF_8);
        List<Mac> prototypes = new ArrayList<>(keys.size());
        for (int i = keys.size() - 1; i >= 0; i--) {
            prototypes.add(mac(deriveKey(keyDerivation, keys.get(i), saltBytes)));
        }
        this.macs = prototypes;
        this.clock = clock;
    }

    private static byte[] deriveKey(KeyDerivation keyDerivation, byte[] secretKey, byte[] salt) {
        if (keyDerivation == KeyDerivation.HMAC) {
            return hmac(mac(secretKey), salt);
        }
        try {
            MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
            sha1.update(salt);
            sha1.update("signer".getBytes(StandardCharsets.US_ASCII));
            return sha1.digest(secretKey);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-1 is not available", e);
        }
    }

    /** {@code value + "." + timestamp + "." + signature}; itsdangerous' {@code sign}. */
    public String sign(String value) {
        String timestamped = value + "." + encodeTimestamp(clock.getAsLong());
        return timestamped + "." + B64.encodeToString(hmac(macs.get(0), timestamped.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * The value of a signed string no older than {@code maxAgeSeconds}; itsdangerous' {@code unsign}.
     *
     * @throws SignatureExpired when it is older, or signed in the future
     * @throws BadSignature when the signature or timestamp is wrong
     */
    public String unsign(String signed, long maxAgeSeconds) throws BadSignature {
        return unsignWithin(signed, maxAgeSeconds);
    }

    /**
     * The value of a signed string of any age; itsdangerous' {@code unsign} with {@code max_age=None}.
     *
     * @throws BadSignature when the signature or timestamp is wrong
     */
    public String unsign(String signed) throws BadSignature {
        return unsignWithin(signed, null);
    }

    private String unsignWithin(String signed, Long maxAgeSeconds) throws BadSignature {
        int sigDot = signed.lastIndexOf('.');
        if (sigDot < 0) {
            throw new BadSignature("No '.' found in value");
        }
        String value = signed.substring(0, sigDot);
        byte[] signature;
        try {
            signature = B64_DECODE.decode(stripPadding(signed.substring(sigDot + 1)));
        } catch (IllegalArgumentException e) {
            throw new BadSignature("Signature does not match");
        }
        byte[] valueBytes = value.getBytes(StandardCharsets.UTF_8);
        boolean valid = false;
        for (Mac mac : macs) {
            valid |= MessageDigest.isEqual(signature, hmac(mac, valueBytes));
        }
        if (!valid) {
            throw new BadSignature("Signature does not match");
        }
        int tsDot = value.lastIndexOf('.');
        if (tsDot < 0) {
            throw new BadSignature("timestamp missing");
        }
        long timestamp = decodeTimestamp(value.substring(tsDot + 1));
        if (maxAgeSeconds != null) {
            long age = clock.getAsLong() - timestamp;
            if (age > maxAgeSeconds) {
                throw new SignatureExpired("Signature age " + age + " > " + maxAgeSeconds + " seconds");
            }
            if (age < 0) {
                throw new SignatureExpired("Signature age " + age + " < 0 seconds");
            }
        }
        return value.substring(0, tsDot);
    }

    private static String stripPadding(String s) {
        int end = s.length();
        while (end > 0 && s.charAt(end - 1) == '=') {
            end--;
        }
        return s.substring(0, end);
    }

    /** The timestamp as big-endian bytes without leading zeros, base64url; itsdangerous' {@code int_to_bytes}. */
    static String encodeTimestamp(long seconds) {
        byte[] full = java.nio.ByteBuffer.allocate(8).putLong(seconds).array();
        int start = 0;
        while (start < 7 && full[start] == 0) {
            start++;
        }
        byte[] trimmed = java.util.Arrays.copyOfRange(full, start, 8);
        if (seconds == 0) {
            trimmed = new byte[0];
        }
        return B64.encodeToString(trimmed);
    }

    private static long decodeTimestamp(String encoded) throws BadSignature {
        byte[] bytes;
        try {
            bytes = B64_DECODE.decode(stripPadding(encoded));
        } catch (IllegalArgumentException e) {
            throw new BadSignature("Malformed timestamp");
        }
        if (bytes.length > 8) {
            throw new BadSignature("Malformed timestamp");
        }
        long v = 0;
        for (byte b : bytes) {
            v = (v << 8) | (b & 0xFF);
        }
        if (bytes.length == 8 && v < 0) {
            throw new BadSignature("Malformed timestamp");
        }
        return v;
    }

    /** An initialised HMAC-SHA1 for {@code key}, used as a prototype and cloned per use (a Mac is not thread-safe). */
    private static Mac mac(byte[] key) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            // An empty key pads to the same HMAC block as one zero byte, which the JDK accepts.
            mac.init(new SecretKeySpec(key.length == 0 ? new byte[1] : key, "HmacSHA1"));
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA1 is not available", e);
        }
    }

    private static byte[] hmac(Mac prototype, byte[] message) {
        try {
            return ((Mac) prototype.clone()).doFinal(message);
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("HmacSHA1 cannot be cloned", e);
        }
    }
}
