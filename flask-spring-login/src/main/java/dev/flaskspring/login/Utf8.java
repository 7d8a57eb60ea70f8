package dev.flaskspring.login;

/**
 * Decodes UTF-8 as Python's codec does with an error handler: each maximal invalid subpart (Unicode's
 * "best practice", which CPython follows) is one error, replaced by U+FFFD or re-quoted as {@code %XX}.
 */
final class Utf8 {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private Utf8() {
    }

    /** Appends the decoded {@code bytes} to {@code out}. */
    static void decode(byte[] bytes, boolean requoteInvalid, StringBuilder out) {
        int i = 0;
        while (i < bytes.length) {
            int b0 = bytes[i] & 0xFF;
            if (b0 < 0x80) {
                out.append((char) b0);
                i++;
                continue;
            }
            int length;
            int low = 0x80;
            int high = 0xBF;
            if (b0 >= 0xC2 && b0 <= 0xDF) {
                length = 2;
            } else if (b0 >= 0xE0 && b0 <= 0xEF) {
                length = 3;
                low = b0 == 0xE0 ? 0xA0 : 0x80;
                high = b0 == 0xED ? 0x9F : 0xBF;
            } else if (b0 >= 0xF0 && b0 <= 0xF4) {
                length = 4;
                low = b0 == 0xF0 ? 0x90 : 0x80;
                high = b0 == 0xF4 ? 0x8F : 0xBF;
            } else {
                invalid(bytes, i, i + 1, requoteInvalid, out);
                i++;
                continue;
            }
            int codePoint = b0 & (0xFF >> (length + 1));
            int j = i + 1;
            boolean valid = true;
            for (; j < i + length; j++) {
                int b = j < bytes.length ? bytes[j] & 0xFF : -1;
                boolean inRange = j == i + 1 ? b >= low && b <= high : b >= 0x80 && b <= 0xBF;
                if (!inRange) {
                    valid = false;
                    break;
                }
                codePoint = (codePoint << 6) | (b & 0x3F);
            }
            if (valid) {
                out.appendCodePoint(codePoint);
                i += length;
            } else {
                invalid(bytes, i, j, requoteInvalid, out);
                i = j;
            }
        }
    }

    private static void invalid(byte[] bytes, int from, int to, boolean requote, StringBuilder out) {
        if (!requote) {
            out.append('\uFFFD');
            return;
        }
        for (int k = from; k < to; k++) {
            int c = bytes[k] & 0xFF;
            out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xF]);
        }
    }
}
