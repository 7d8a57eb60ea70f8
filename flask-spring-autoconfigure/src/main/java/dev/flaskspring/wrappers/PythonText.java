package dev.flaskspring.wrappers;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The few Python {@code str} and {@code int} operations Werkzeug's header parsing relies on, with
 * Python's exact character classes ({@code str.isspace}, {@code str.title}, {@code int(str)}).
 */
final class PythonText {

    /** Values beyond this are treated as this: larger than any real length, still safe to add one to. */
    static final long SATURATED = 1L << 62;

    private PythonText() {
    }

    /** Python's {@code str.isspace} for one character. */
    static boolean isSpace(char c) {
        return (c >= '\t' && c <= '\r') || (c >= '\u001c' && c <= ' ') || c == '\u0085'
                || (c >= '\u00a0' && Character.isSpaceChar(c));
    }

    /** Python's {@code str.strip()}. */
    static String strip(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && isSpace(s.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(start, end);
    }

    /** Python's {@code str.lstrip()}. */
    static String lstrip(String s) {
        int start = 0;
        while (start < s.length() && isSpace(s.charAt(start))) {
            start++;
        }
        return s.substring(start);
    }

    /** Python's {@code str.split()}: runs of whitespace separate, no empty parts. */
    static List<String> split(String s) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            while (i < s.length() && isSpace(s.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < s.length() && !isSpace(s.charAt(i))) {
                i++;
            }
            if (i > start) {
                out.add(s.substring(start, i));
            }
        }
        return out;
    }

    /** Python's {@code str.lower()}. */
    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    /** Python's {@code str.title()}: a letter after a cased character is lower-cased, any other upper-cased. */
    static String title(String s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean previousCased = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            out.append(previousCased ? Character.toLowerCase(c) : Character.toTitleCase(c));
            previousCased = Character.isUpperCase(c) || Character.isLowerCase(c) || Character.isTitleCase(c);
        }
        return out.toString();
    }

    /**
     * Python's {@code int(s)}, or null where it raises {@code ValueError}: surrounding whitespace, a sign,
     * decimal digits of any script and single underscores between digits. Saturates at {@link #SATURATED}.
     */
    static Long pythonInt(String s) {
        String t = strip(s);
        int i = 0;
        boolean negative = false;
        if (!t.isEmpty() && (t.charAt(0) == '+' || t.charAt(0) == '-')) {
            negative = t.charAt(0) == '-';
            i = 1;
        }
        return digits(t, i, negative, true);
    }

    /** Werkzeug's {@code _plain_int}: stripped, only ASCII digits and a leading {@code -}; else null. */
    static Long plainInt(String s) {
        String t = strip(s);
        boolean negative = t.startsWith("-");
        int i = negative ? 1 : 0;
        for (int j = i; j < t.length(); j++) {
            if (t.charAt(j) < '0' || t.charAt(j) > '9') {
                return null;
            }
        }
        return digits(t, i, negative, false);
    }

    private static Long digits(String t, int start, boolean negative, boolean underscores) {
        if (start >= t.length()) {
            return null;
        }
        long value = 0;
        boolean lastWasDigit = false;
        for (int i = start; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '_' && underscores && lastWasDigit && i + 1 < t.length()) {
                lastWasDigit = false;
                continue;
            }
            int d = Character.isDigit(c) ? Character.digit(c, 10) : -1;
            if (d < 0) {
                return null;
            }
            value = value >= SATURATED / 10 ? SATURATED : Math.min(SATURATED, value * 10 + d);
            lastWasDigit = true;
        }
        if (!lastWasDigit) {
            return null;
        }
        return negative ? -value : value;
    }
}
