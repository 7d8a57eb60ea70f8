package dev.flaskspring.login;

import dev.flaskspring.wrappers.Request;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * The session identifier Flask-Login stores as {@code _id}, exactly as its {@code _create_identifier} computes
 * it: the SHA-512 hex digest of {@code "<addr>|<agent>"}, where each part is Python's {@code repr} of bytes
 * ({@code b'127.0.0.1'}) or {@code None}. The address is the first entry of {@code X-Forwarded-For}, stripped of
 * ASCII whitespace, else the remote address; the agent is the {@code User-Agent} header's UTF-8 bytes.
 */
final class SessionIdentifier {

    private static final char[] HEX_DIGITS = "0123456789abcdef".toCharArray();

    private SessionIdentifier() {
    }

    static String create(Request request) {
        String forwarded = request.headers().get("X-Forwarded-For");
        String address = forwarded != null ? forwarded : request.remoteAddr();
        String addressPart = address == null ? "None" : bytesRepr(firstEntry(address.getBytes(StandardCharsets.UTF_8)));
        String agent = request.headers().get("User-Agent");
        String agentPart = agent == null ? "None" : bytesRepr(agent.getBytes(StandardCharsets.UTF_8));
        return sha512Hex(addressPart + "|" + agentPart);
    }

    /** {@code address.split(b",")[0].strip()}. */
    private static byte[] firstEntry(byte[] address) {
        int end = 0;
        while (end < address.length && address[end] != ',') {
            end++;
        }
        int start = 0;
        while (start < end && isAsciiWhitespace(address[start])) {
            start++;
        }
        while (end > start && isAsciiWhitespace(address[end - 1])) {
            end--;
        }
        return Arrays.copyOfRange(address, start, end);
    }

    private static boolean isAsciiWhitespace(byte b) {
        return b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == 0x0b || b == 0x0c;
    }

    /** Python's {@code repr(bytes)}: {@code b'...'}, or {@code b"..."} when it holds {@code '} but no {@code "}. */
    static String bytesRepr(byte[] bytes) {
        boolean hasSingle = false;
        boolean hasDouble = false;
        for (byte b : bytes) {
            hasSingle |= b == '\'';
            hasDouble |= b == '"';
        }
        char quote = hasSingle && !hasDouble ? '"' : '\'';
        StringBuilder out = new StringBuilder(bytes.length + 3).append('b').append(quote);
        for (byte b : bytes) {
            int c = b & 0xFF;
            if (c == quote || c == '\\') {
                out.append('\\').append((char) c);
            } else if (c == '\t') {
                out.append("\\t");
            } else if (c == '\n') {
                out.append("\\n");
            } else if (c == '\r') {
                out.append("\\r");
            } else if (c < 0x20 || c >= 0x7f) {
                out.append("\\x").append(HEX_DIGITS[c >> 4]).append(HEX_DIGITS[c & 0xF]);
            } else {
                out.append((char) c);
            }
        }
        return out.append(quote).toString();
    }

    private static String sha512Hex(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-512").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-512 is unavailable", e);
        }
    }
}
