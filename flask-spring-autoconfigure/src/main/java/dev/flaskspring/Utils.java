package dev.flaskspring;

import dev.flaskspring.security.SafeJoin;
import java.io.File;
import java.text.Normalizer;
import java.util.Locale;

/** Werkzeug's {@code utils} helpers that applications call directly: {@code secure_filename}. */
public final class Utils {

    private static final boolean WINDOWS = File.separatorChar == '\\';

    private Utils() {
    }

    /**
     * A version of {@code filename} safe to store and join to a folder: ASCII letters, digits,
     * {@code _ . -} only, whitespace and separators as {@code _}, no leading or trailing {@code .} or
     * {@code _}; Werkzeug's {@code secure_filename}.
     * <p>It may be empty: then choose a name yourself. On Windows a device name ({@code CON},
     * {@code NUL.txt} ...) gets a leading {@code _}, as Werkzeug does there.
     */
    public static String secureFilename(String filename) {
        return secureFilename(filename, WINDOWS);
    }

    static String secureFilename(String filename, boolean windows) {
        String ascii = Normalizer.normalize(filename, Normalizer.Form.NFKD).replaceAll("[^\\x00-\\x7f]", "");
        ascii = ascii.replace('/', ' ');
        if (windows) {
            ascii = ascii.replace('\\', ' ');
        }
        String joined = String.join("_", ascii.strip().split("[\\t\\n\\x0b\\f\\r\\x1c-\\x1f ]+"));
        String cleaned = stripDotsAndUnderscores(joined.replaceAll("[^A-Za-z0-9_.-]", ""));
        if (windows && !cleaned.isEmpty()
                && SafeJoin.WINDOWS_DEVICE_FILES.contains(cleaned.split("\\.", -1)[0].toUpperCase(Locale.ROOT))) {
            cleaned = "_" + cleaned;
        }
        return cleaned;
    }

    private static String stripDotsAndUnderscores(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && (s.charAt(start) == '.' || s.charAt(start) == '_')) {
            start++;
        }
        while (end > start && (s.charAt(end - 1) == '.' || s.charAt(end - 1) == '_')) {
            end--;
        }
        return s.substring(start, end);
    }
}
