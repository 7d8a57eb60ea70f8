package dev.flaskspring;

import java.util.ArrayList;
import java.util.List;

/** Joins untrusted path parts under a directory, refusing anything that could leave it; Werkzeug's {@code safe_join}. */
public final class SafeJoin {

    private SafeJoin() {
    }

    /** {@code directory/part}, or null when {@code part} is absolute, goes up, has a backslash or a NUL. */
    public static String join(String directory, String part) {
        if (directory == null || directory.isEmpty()) {
            directory = ".";
        }
        if (part == null || part.indexOf('\0') >= 0 || part.indexOf('\\') >= 0) {
            return null;
        }
        if (part.isEmpty()) {
            return directory;
        }
        String normalized = normalize(part);
        if (normalized.startsWith("/") || normalized.equals("..") || normalized.startsWith("../")
                || (normalized.length() > 1 && normalized.charAt(1) == ':')) {
            return null;
        }
        return directory.endsWith("/") ? directory + normalized : directory + "/" + normalized;
    }

    /** Python's {@code posixpath.normpath}. */
    public static String normalize(String path) {
        boolean absolute = path.startsWith("/");
        List<String> out = new ArrayList<>();
        for (String seg : path.split("/")) {
            if (seg.isEmpty() || seg.equals(".")) {
                continue;
            }
            if (seg.equals("..") && !out.isEmpty() && !out.get(out.size() - 1).equals("..")) {
                out.remove(out.size() - 1);
            } else if (!(seg.equals("..") && absolute)) {
                out.add(seg);
            }
        }
        String joined = String.join("/", out);
        if (absolute) {
            return "/" + joined;
        }
        return joined.isEmpty() ? "." : joined;
    }
}
