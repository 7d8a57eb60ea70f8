package dev.flaskspring.cli;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The class path JShell compiles snippets against: the JVM's own, or, for a Spring Boot jar, its classes and
 * libraries unpacked into a temporary folder, since the compiler cannot read a jar inside a jar. The folder is
 * removed on {@link #close}.
 *
 * @param path the class path, entries separated by the path separator
 * @param unpacked the temporary folder, or null when nothing was unpacked
 */
record ShellClassPath(String path, Path unpacked) implements AutoCloseable {

    private static final String BOOT_CLASSES = "BOOT-INF/classes/";
    private static final String BOOT_LIBRARIES = "BOOT-INF/lib/";

    /** The class path of this JVM, unpacked first when it is one Spring Boot jar. */
    static ShellClassPath of() throws IOException {
        String classPath = System.getProperty("java.class.path", "");
        if (classPath.endsWith(".jar") && !classPath.contains(File.pathSeparator)
                && Files.isRegularFile(Path.of(classPath))) {
            try (JarFile jar = new JarFile(classPath)) {
                if (jar.getEntry(BOOT_CLASSES) != null || jar.getEntry(BOOT_LIBRARIES) != null) {
                    return unpack(jar);
                }
            }
        }
        return new ShellClassPath(classPath, null);
    }

    private static ShellClassPath unpack(JarFile jar) throws IOException {
        Path folder = Files.createTempDirectory("flask-shell-classpath");
        Path classes = folder.resolve("classes");
        List<String> entries = new ArrayList<>(List.of(classes.toString()));
        for (Enumeration<JarEntry> all = jar.entries(); all.hasMoreElements(); ) {
            JarEntry entry = all.nextElement();
            String name = entry.getName();
            Path target = null;
            if (name.startsWith(BOOT_CLASSES)) {
                target = classes.resolve(name.substring(BOOT_CLASSES.length())).normalize();
            } else if (name.startsWith(BOOT_LIBRARIES) && name.endsWith(".jar")) {
                target = folder.resolve("lib").resolve(name.substring(BOOT_LIBRARIES.length())).normalize();
                entries.add(target.toString());
            }
            if (target == null || entry.isDirectory() || !target.startsWith(folder)) {
                continue;
            }
            Files.createDirectories(target.getParent());
            try (InputStream in = jar.getInputStream(entry)) {
                Files.copy(in, target);
            }
        }
        return new ShellClassPath(String.join(File.pathSeparator, entries), folder);
    }

    @Override
    public void close() {
        if (unpacked == null) {
            return;
        }
        try (Stream<Path> all = Files.walk(unpacked)) {
            for (Path path : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not remove " + unpacked, e);
        }
    }
}
