package dev.flaskspring.sessions;

import java.io.ByteArrayOutputStream;
import java.util.Base64;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * The payload of a URL-safe itsdangerous token: the serialized bytes, zlib-compressed with a leading {@code "."}
 * when that is shorter, base64url without padding; itsdangerous' {@code URLSafeSerializerMixin}.
 * <p>itsdangerous runs zlib on every payload to see whether it gets shorter; here zlib runs only when it could
 * (see {@link #zlibMayShorten}), so a payload that cannot shrink, such as a small session, skips it with the same
 * bytes as the result.
 */
public final class UrlSafePayload {

    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final double LN2 = Math.log(2);
    /** Far below the 16,383 literals after which zlib's default memory level starts a second block. */
    private static final int MAX_SINGLE_BLOCK = 4096;

    private UrlSafePayload() {
    }

    /** The payload of {@code serialized}; itsdangerous' {@code dump_payload}. */
    public static String encode(byte[] serialized) {
        if (!zlibMayShorten(serialized)) {
            return B64.encodeToString(serialized);
        }
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

    /**
     * Whether zlib (one block, as it makes for input this size) could compress {@code data} to fewer than
     * {@code data.length - 1} bytes, itsdangerous' condition for using it; false only when it provably cannot.
     * <p>With no 3-byte sequence occurring twice, deflate has no match to emit (its matches repeat at least 3
     * earlier bytes), so it codes each byte as a literal. A block of {@code n} literals takes at least
     * {@code 3 + min(8n, 26 + n·H)} bits: 3 bits of block type, then 8 bits per literal with the fixed codes, or
     * with dynamic codes at least 26 bits of header and {@code n·H} bits, Shannon's bound for any prefix code over
     * the bytes' frequencies ({@code H}: their entropy); a stored block is longer than the data. zlib adds 2 bytes
     * of header and 4 of checksum.
     */
    static boolean zlibMayShorten(byte[] data) {
        int n = data.length;
        if (n > MAX_SINGLE_BLOCK || hasRepeatedTriple(data)) {
            return true;
        }
        int[] counts = new int[256];
        for (byte b : data) {
            counts[b & 0xFF]++;
        }
        double entropyBits = 0;
        for (int count : counts) {
            if (count > 0) {
                entropyBits += count * (Math.log((double) n / count) / LN2);
            }
        }
        // Rounded down a little, so that floating-point error can only make the bound weaker.
        double leastBits = 3 + Math.min(8.0 * n, 26 + entropyBits * (1 - 1e-9) - 1e-6);
        long leastBytes = 6 + (long) Math.ceil(leastBits / 8);
        return leastBytes < n - 1;
    }

    /** Whether some 3 consecutive bytes of {@code data} occur again at a later position (overlapping too). */
    private static boolean hasRepeatedTriple(byte[] data) {
        if (data.length < 4) {
            return false;
        }
        int size = Integer.highestOneBit(data.length * 2 - 1) << 1;
        int[] seen = new int[size];
        for (int i = 0; i + 2 < data.length; i++) {
            int triple = ((data[i] & 0xFF) << 16 | (data[i + 1] & 0xFF) << 8 | (data[i + 2] & 0xFF)) + 1;
            int slot = (triple * 0x9E3779B1) >>> 1 & (size - 1);
            while (seen[slot] != 0 && seen[slot] != triple) {
                slot = (slot + 1) & (size - 1);
            }
            if (seen[slot] == triple) {
                return true;
            }
            seen[slot] = triple;
        }
        return false;
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
