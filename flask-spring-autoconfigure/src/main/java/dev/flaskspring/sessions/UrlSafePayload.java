package dev.flaskspring.sessions;

import java.io.ByteArrayOutputStream;
import java.util.Base64;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * The payload of a URL-safe itsdangerous token: the serialized bytes, zlib-compressed with a leading {@code "."}
 * when that is shorter, base64url without padding; itsdangerous' {@code URLSafeSerializerMixin}.
 */
public final class UrlSafePayload {

    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    private UrlSafePayload() {
    }

    /** The payload of {@code serialized}; itsdangerous' {@code dump_payload}. */
    public static String encode(byte[] serialized) {
        byte[] compressed = deflate(serialized);
        return compressed.length < serialized.length - 1 ? "." + B64.encodeToString(compressed)
                : B64.encodeToString(serialized);
    }

    /**
     * The serialized bytes of {@code payload}, inflated to at most {@code maxBytes}; itsdangerous'
     * {@code load_payload}.
     *
     * @throws BadSignature with itsdangerous' messages when the payload is not base64 or not zlib, or inflates
     *     beyond {@code maxBytes} (a compression bomb is refused, not inflated)
     */
    public static byte[] decode(String payload, int maxBytes) throws BadSignature {
        boolean compressed = payload.startsWith(".");
        byte[] bytes;
        try {
            bytes = Base64.getUrlDecoder().decode(stripPadding(compressed ? payload.substring(1) : payload));
        } catch (IllegalArgumentException e) {
            throw new BadSignature("Could not base64 decode the payload because of an exception");
        }
        return compressed ? inflate(bytes, maxBytes) : bytes;
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

    private static byte[] inflate(byte[] input, int maxBytes) throws BadSignature {
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(input);
            ByteArrayOutputStream out = new ByteArrayOutputStream(Math.min(input.length * 4, maxBytes));
            byte[] buf = new byte[4096];
            while (!inflater.finished()) {
                int n = inflater.inflate(buf);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    throw new BadSignature("Could not zlib decompress the payload before decoding the payload");
                }
                if (out.size() + n > maxBytes) {
                    throw new BadSignature("The decompressed payload is larger than " + maxBytes + " bytes");
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
