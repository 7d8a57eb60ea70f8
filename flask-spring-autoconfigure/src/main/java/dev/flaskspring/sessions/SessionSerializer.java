package dev.flaskspring.sessions;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.LongSupplier;

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
        return signer.sign(UrlSafePayload.encode(json.dumps(data).getBytes(StandardCharsets.US_ASCII)));
    }

    /**
     * The data of a cookie value signed at most {@code maxAgeSeconds} ago; itsdangerous' {@code loads}.
     *
     * @throws BadSignature for a bad signature, an expired or future timestamp, or an unreadable payload
     */
    public Object loads(String cookie, long maxAgeSeconds) throws BadSignature {
        byte[] bytes = UrlSafePayload.decode(signer.unsign(cookie, maxAgeSeconds), MAX_PAYLOAD_BYTES);
        try {
            return json.loads(new String(bytes, StandardCharsets.UTF_8));
        } catch (RuntimeException e) {
            throw new BadSignature("Could not load the payload because an exception occurred on unserializing the data.");
        }
    }
}
