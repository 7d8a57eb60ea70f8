package dev.flaskspring.debug;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds the source file of a stack frame, as Python's {@code linecache} finds a module's; what the traceback
 * page shows around each line.
 * <p>A class compiled into a folder ({@code target/classes}, {@code build/classes/java/main}) has its sources in
 * the project's {@code src/main/java} (or {@code src/test/java} for test classes); then the working directory's
 * source folders are tried, then the class path itself (a sources jar on it). Classes from jars without sources
 * have none: their frames are shown without lines.
 */
public final class SourceFinder {

    /** A source file: where it was found, and its lines. */
    public record Source(String location, List<String> lines) {
    }

    private static final List<String> WORKING_DIRECTORY_ROOTS = List.of("src/main/java", "src/test/java");

    private final ClassLoader loader;
    private final Path workingDirectory;

    /** Looks classes up in {@code loader}, and source folders under {@code workingDirectory}. */
    public SourceFinder(ClassLoader loader, Path workingDirectory) {
        this.loader = loader;
        this.workingDirectory = workingDirectory;
    }

    /** A finder for the current thread's class loader and the working directory. */
    public static SourceFinder forCurrentThread() {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        return new SourceFinder(loader != null ? loader : SourceFinder.class.getClassLoader(),
                Path.of("").toAbsolutePath());
    }

    /** The source of {@code frame}'s file, or empty when it cannot be found or read. */
    public Optional<Source> find(StackTraceElement frame) {
        String relative = relativePath(frame);
        if (relative == null) {
            return Optional.empty();
        }
        for (Path root : roots(frame.getClassName())) {
            Path file = root.resolve(relative);
            if (Files.isRegularFile(file)) {
                try {
                    return Optional.of(new Source(file.toString(), Files.readAllLines(file, StandardCharsets.UTF_8)));
                } catch (IOException | RuntimeException unreadable) {
                    return Optional.empty();
                }
            }
        }
        return onClassPath(relative);
    }

    /** {@code com/example/Views.java} for a frame of {@code com.example.Views$Inner} in {@code Views.java}. */
    private static String relativePath(StackTraceElement frame) {
        String file = frame.getFileName();
        if (file == null || file.contains("/") || file.contains("\\")) {
            return null;
        }
        String className = frame.getClassName();
        int dot = className.lastIndexOf('.');
        return dot < 0 ? file : className.substring(0, dot).replace('.', '/') + "/" + file;
    }

    private List<Path> roots(String className) {
        List<Path> roots = new ArrayList<>();
        Path classes = classFolder(className);
        if (classes != null) {
            roots.addAll(sourceFoldersOf(classes));
        }
        WORKING_DIRECTORY_ROOTS.forEach(root -> roots.add(workingDirectory.resolve(root)));
        return roots;
    }

    /** The folder {@code className} was loaded from, or null when it came from a jar or is not loadable. */
    private Path classFolder(String className) {
        try {
            CodeSource source = Class.forName(className, false, loader).getProtectionDomain().getCodeSource();
            URL location = source == null ? null : source.getLocation();
            if (location == null || !"file".equals(location.getProtocol())) {
                return null;
            }
            Path path = Path.of(location.toURI());
            return Files.isDirectory(path) ? path : null;
        } catch (ClassNotFoundException | LinkageError | URISyntaxException | SecurityException
                | IllegalArgumentException notThere) {
            return null;
        }
    }

    /** Maven's and Gradle's source folders for a class output folder, then the folder itself. */
    static List<Path> sourceFoldersOf(Path classes) {
        List<Path> roots = new ArrayList<>();
        Path normalized = classes.toAbsolutePath().normalize();
        String name = normalized.getFileName() == null ? "" : normalized.getFileName().toString();
        Path parent = normalized.getParent();
        if (parent != null && parent.getFileName() != null && parent.getFileName().toString().equals("target")
                && parent.getParent() != null) {
            Path project = parent.getParent();
            if (name.equals("classes")) {
                roots.add(project.resolve("src/main/java"));
            } else if (name.equals("test-classes")) {
                roots.add(project.resolve("src/test/java"));
            }
        }
        // Gradle: <project>/build/classes/java/<sourceSet>
        Path language = parent;
        Path classesDir = language == null ? null : language.getParent();
        Path build = classesDir == null ? null : classesDir.getParent();
        if (build != null && build.getFileName() != null && build.getFileName().toString().equals("build")
                && classesDir.getFileName().toString().equals("classes") && build.getParent() != null) {
            roots.add(build.getParent().resolve("src").resolve(name).resolve(language.getFileName().toString()));
        }
        roots.add(normalized);
        return roots;
    }

    private Optional<Source> onClassPath(String relative) {
        URL url = loader.getResource(relative);
        if (url == null) {
            return Optional.empty();
        }
        try (InputStream in = url.openStream()) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return Optional.of(new Source(url.toString(), text.lines().toList()));
        } catch (IOException unreadable) {
            return Optional.empty();
        }
    }
}
