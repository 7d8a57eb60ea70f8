package dev.flaskspring.serving;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The files whose change reloads the app, and their last modification times; Werkzeug's {@code StatReloaderLoop}.
 * <p>Watched: every file under the class path's folders, the class path's jars, and the extra files (a folder
 * given there is watched whole), less those matching an exclude pattern ({@code fnmatch} on the absolute path,
 * as Werkzeug's). As in Werkzeug, a file seen for the first time is only remembered; a later modification
 * time than the one remembered is a change.
 */
final class StatReloader {

    private final List<Path> roots;
    private final List<Pattern> excluded;
    private final Map<Path, Long> modified = new HashMap<>();

    private StatReloader(List<Path> roots, List<Pattern> excluded) {
        this.roots = roots;
        this.excluded = excluded;
        changedFile();
    }

    /** Watches the class path and {@code extraFiles}, less {@code excludePatterns}, from their state now. */
    static StatReloader watching(List<Path> extraFiles, List<String> excludePatterns) {
        List<Path> roots = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
            if (!entry.isEmpty()) {
                roots.add(Path.of(entry).toAbsolutePath());
            }
        }
        extraFiles.forEach(file -> roots.add(file.toAbsolutePath()));
        return new StatReloader(roots, excludePatterns.stream().map(StatReloader::fnmatch).toList());
    }

    /** The first watched file modified since last looked at, or null; new files are remembered. */
    Path changedFile() {
        Path changed = null;
        for (Path root : roots) {
            for (Path file : files(root)) {
                long time = modifiedTime(file);
                Long before = modified.put(file, time);
                if (before != null && time > before && changed == null) {
                    changed = file;
                }
            }
        }
        return changed;
    }

    private List<Path> files(Path root) {
        if (!Files.isDirectory(root)) {
            return Files.exists(root) && !isExcluded(root) ? List.of(root) : List.of();
        }
        try (Stream<Path> walk = Files.find(root, Integer.MAX_VALUE, (path, attributes) -> attributes.isRegularFile())) {
            return walk.filter(path -> !isExcluded(path)).toList();
        } catch (IOException | UncheckedIOException e) {
            return List.of(); // a folder removed while walked is seen again on the next look
        }
    }

    private boolean isExcluded(Path path) {
        String name = path.toString();
        return excluded.stream().anyMatch(pattern -> pattern.matcher(name).matches());
    }

    private static long modifiedTime(Path file) {
        try {
            return Files.readAttributes(file, BasicFileAttributes.class).lastModifiedTime().toMillis();
        } catch (IOException e) {
            return 0;
        }
    }

    /** Python's {@code fnmatch} pattern as a regular expression: {@code *} and {@code ?} cross folders. */
    static Pattern fnmatch(String pattern) {
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            int close = c == '[' ? pattern.indexOf(']', i + 2) : -1;
            if (c == '*') {
                regex.append(".*");
            } else if (c == '?') {
                regex.append('.');
            } else if (close > 0) {
                String set = pattern.substring(i + 1, close);
                boolean negated = set.startsWith("!");
                String members = (negated ? set.substring(1) : set).replace("\\", "\\\\").replace("[", "\\[")
                        .replace("&", "\\&");
                regex.append(negated ? "[^" : "[").append(members.startsWith("^") ? "\\" + members : members)
                        .append(']');
                i = close;
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString(), Pattern.DOTALL);
    }
}
