package dev.flaskspring.sessions;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.function.LongSupplier;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * Turns session data into a signed, URL-safe cookie value and back; itsdangerous'
 * {@code URLSafeTimedSerializer} with Flask's tagged JSON, as Flask's {@code get_signing_serializer}
 * builds it. Cookies are byte-identical to Flask's for the same key and time.
 */
public final class SessionSerializer {

    /** Flask's salt for session cookies. */
    public static final String SALT = "cookie-session";
    /** The largest decompressed payload accepted (a zlib bomb is refused, not inflated). */
    public static final int MAX_PAYLOAD_BYTES = 1 << 20;

    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    private final TimestampSigner signer;
    private final TaggedJsonSerializer json;

    /** A serializer signing with the last of {@code keys} (all verify), at the time {@code clock} gives in epoch seconds. */
    public SessionSerializer(List<byte[]> keys, TaggedJsonSerializer json, LongSupplier clock) {
        this.signer = new TimestampSigner(keys, SALT, clock);
        this.json = json;
    }

    /** A serializer with the system clock. */
    public SessionSerializer(List<byte[]> keys) {
        this(keys, new TaggedJsonSerializer(), () -> System.currentTimeMillis() / 1000);
    }

    /** The signed cookie value for {@code data}; itsdangerous' {@code dumps}. */
    public String dumps(Object data) {
        byte[] text = json.dumps(data).getBytes(StandardCharsets.US_ASCII);
        byte[] compressed = deflate(text);
        String payload = compressed.length < text.length - 1 ? "." + B64.encodeToString(compressed)
                : B64.encodeToString(text);
        return signer.sign(payload);
    }

    /**
     * The data of a cookie value signed at most {@code maxAgeSeconds} ago; itsdangerous' {@code loads}.
     *
     * @throws BadSignature for a bad signature, an expired or future timestamp, or an unreadable payload
     */
    public Object loads(String cookie, long maxAgeSeconds) throws BadSignature {
        String payload = signer.unsign(cookie, maxAgeSeconds);
        boolean compressed = payload.startsWith(".");
        if (compressed) {
            payload = payload.substring(1);
        }
        byte[] bytes;
        try {
            bytes = Base64.getUrlDecoder().decode(stripPadding(payload));
        } catch (IllegalArgumentException e) {
            throw new BadSignature("Could not base64 decode the payload because of an exception");
        }
        if (compressed) {
            bytes = inflate(bytes);
        }
        try {
            return json.loads(new String(bytes, StandardCharsets.UTF_8));
        } catch (RuntimeException e) {
            throw new BadSignature("Could not load the payload because an exception occurred on unserializing the data.");
        }
    }

    private static String stripPadding(String s) {
        int end = s.length();
        while (end > 0 && s.charAt(end - 1) == '=') {
            end--;
        }
        return s.substring(0, end);
    }

    private static byte[] deflate(byte[] input) {
        Deflater deflater = new Deflater();
        try {
            deflater.setInput(input);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(input.length);
            byte[] buf = new byte[1024];
            while (!deflater.finished()) {
                out.write(buf, 0, deflater.deflate(buf));
            }
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }

    private static byte[] inflate(byte[] input) throws BadSignature {
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(input);
            ByteArrayOutputStream out = new ByteArrayOutputStream(input.length * 4);
            byte[] buf = new byte[4096];
            while (!inflater.finished()) {
                int n = inflater.inflate(buf);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    throw new BadSignature("Could not zlib decompress the payload before decoding the payload");
                }
                if (out.size() + n > MAX_PAYLOAD_BYTES) {
                    throw new BadSignature("The decompressed payload is larger than " + MAX_PAYLOAD_BYTES + " bytes");
                }
                out.write(buf, 0, n);
            }
            return out.toByteArray();
        } catch (DataFormatException e) {
            throw new BadSignature("Could not zlib decompress the payload before decoding the payload");
        } finally {
            inflater.end();
        }
    }
}
