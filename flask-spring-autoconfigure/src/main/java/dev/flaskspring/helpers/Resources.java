package dev.flaskspring.helpers;

import java.io.Closeable;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/**
 * Opens an app's resources and instance files; the work behind Flask's {@code open_resource} and
 * {@code open_instance_resource}: resources are read-only, found under the root folder or on the classpath,
 * instance files open in any mode {@link FileMode} accepts.
 */
public final class Resources {

    private static final Set<String> READING_MODES = Set.of("r", "rt", "rb");

    private Resources() {
    }

    /** The bytes of {@code resource}: the file under {@code root} when there is one, else the classpath's. */
    public static InputStream open(Path root, String resource) throws IOException {
        Path file = root.resolve(resource);
        if (Files.isRegularFile(file)) {
            return Files.newInputStream(file);
        }
        String name = resource.startsWith("/") ? resource.substring(1) : resource;
        InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new FileNotFoundException(resource);
        }
        return in;
    }

    /**
     * {@code resource} opened in a reading {@code mode}.
     *
     * @throws IllegalArgumentException for any other mode: "Resources can only be opened for reading."
     */
    public static Closeable open(Path root, String resource, String mode, Charset encoding) throws IOException {
        if (!READING_MODES.contains(mode)) {
            throw new IllegalArgumentException("Resources can only be opened for reading.");
        }
        return FileMode.parse(mode).read(open(root, resource), encoding);
    }

    /** The instance file {@code resource} under {@code instancePath}, opened in {@code mode}. */
    public static Closeable openInstance(Path instancePath, String resource, String mode, Charset encoding)
            throws IOException {
        return FileMode.parse(mode).open(instancePath.resolve(resource), encoding);
    }
}
