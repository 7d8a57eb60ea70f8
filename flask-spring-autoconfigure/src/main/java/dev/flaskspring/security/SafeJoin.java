package dev.flaskspring.security;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Joins untrusted path parts under a trusted directory, refusing any that could leave it; Werkzeug's
 * {@code safe_join}.
 * <p>Parts are URL-style paths: they are normalised ({@code posixpath.normpath}) and refused when
 * absolute or going up. On Windows a backslash and the special device names ({@code CON},
 * {@code NUL.txt}, {@code COM1} ... in any segment) are refused too, as Werkzeug does there.
 */
public final class SafeJoin {

    private static final boolean WINDOWS = File.separatorChar == '\\';

    /** The special device names of Windows, upper-case; Werkzeug's {@code _windows_device_files}. */
    public static final Set<String> WINDOWS_DEVICE_FILES = windowsDeviceFiles();

    private SafeJoin() {
    }

    private static Set<String> windowsDeviceFiles() {
        List<String> names = new ArrayList<>(List.of("AUX", "CON", "CONIN$", "CONOUT$", "NUL", "PRN"));
        for (String c : List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "\u00b9", "\u00b2", "\u00b3")) {
            names.add("COM" + c);
            names.add("LPT" + c);
        }
        return Set.copyOf(names);
    }

    /**
     * {@code directory} joined with {@code pathnames} by {@code /}, or null when a part is unsafe; empty
     * parts are skipped and an empty directory is {@code .}.
     */
    public static String safeJoin(String directory, String... pathnames) {
        return safeJoin(WINDOWS, directory, pathnames);
    }

    /** {@link #safeJoin(String, String...)} with Windows' rules or POSIX's, whatever this machine runs. */
    static String safeJoin(boolean windows, String directory, String... pathnames) {
        List<String> parts = new ArrayList<>();
        parts.add(directory == null || directory.isEmpty() ? "." : directory);
        for (String untrusted : pathnames) {
            if (untrusted == null || untrusted.isEmpty()) {
                continue;
            }
            String part = normpath(untrusted);
            if ((windows && isWindowsAbsolute(part)) || part.startsWith("/") || part.equals("..")
                    || part.startsWith("../") || (windows && (part.indexOf('\\') >= 0 || namesDevice(part)))) {
                return null;
            }
            parts.add(part);
        }
        return join(parts);
    }

    private static boolean namesDevice(String part) {
        for (String segment : part.split("/", -1)) {
            int dot = segment.indexOf('.');
            String base = pythonStrip(dot < 0 ? segment : segment.substring(0, dot));
            if (WINDOWS_DEVICE_FILES.contains(base.toUpperCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** Python's {@code str.strip()}: its whitespace is {@code str.isspace}, wider than Java's ({@code U+00A0} ...). */
    private static String pythonStrip(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && isPythonSpace(s.charAt(start))) {
            start++;
        }
        while (end > start && isPythonSpace(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(start, end);
    }

    private static boolean isPythonSpace(char c) {
        return (c >= '\t' && c <= '\r') || (c >= '\u001c' && c <= ' ') || c == '\u0085'
                || (c >= '\u00a0' && Character.isSpaceChar(c));
    }

    /** Python's {@code ntpath.isabs}: a leading separator, or a drive followed by one. */
    private static boolean isWindowsAbsolute(String path) {
        String head = path.substring(0, Math.min(3, path.length())).replace('/', '\\');
        return head.startsWith("\\") || head.startsWith(":\\", 1);
    }

    /** Python's {@code posixpath.normpath}. */
    static String normpath(String path) {
        if (path.isEmpty()) {
            return ".";
        }
        int initialSlashes = path.startsWith("/") ? 1 : 0;
        if (path.startsWith("//") && !path.startsWith("///")) {
            initialSlashes = 2;
        }
        List<String> out = new ArrayList<>();
        for (String comp : path.split("/", -1)) {
            if (comp.isEmpty() || comp.equals(".")) {
                continue;
            }
            if (!comp.equals("..") || (initialSlashes == 0 && out.isEmpty())
                    || (!out.isEmpty() && out.get(out.size() - 1).equals(".."))) {
                out.add(comp);
            } else if (!out.isEmpty()) {
                out.remove(out.size() - 1);
            }
        }
        String joined = "/".repeat(initialSlashes) + String.join("/", out);
        return joined.isEmpty() ? "." : joined;
    }

    /** Python's {@code posixpath.join}. */
    private static String join(List<String> parts) {
        String path = parts.get(0);
        for (String b : parts.subList(1, parts.size())) {
            if (b.startsWith("/")) {
                path = b;
            } else if (path.isEmpty() || path.endsWith("/")) {
                path += b;
            } else {
                path += "/" + b;
            }
        }
        return path;
    }
}
