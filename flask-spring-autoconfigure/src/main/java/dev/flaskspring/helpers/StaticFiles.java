package dev.flaskspring.helpers;

import dev.flaskspring.SendFileOptions;
import dev.flaskspring.exceptions.NotFound;
import dev.flaskspring.security.SafeJoin;
import dev.flaskspring.wrappers.Request;
import dev.flaskspring.wrappers.Response;
import java.io.IOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * Serves files from a folder on disk or on the classpath (inside a Boot jar); Flask's
 * {@code send_from_directory} and {@code send_static_file}. Paths are joined with {@code safe_join}:
 * anything that could leave the folder is a 404 and nothing outside it is read.
 */
public final class StaticFiles {

    private StaticFiles() {
    }

    /** Whether {@code folder} exists under {@code root} or on the classpath; Flask's {@code has_static_folder}. */
    public static boolean exists(Path root, String folder) {
        if (folder == null) {
            return false;
        }
        return Files.isDirectory(root.resolve(folder)) || classLoader().getResource(stripSlashes(folder)) != null;
    }

    /** The response for {@code path} inside {@code directory} (relative to {@code root}, or on the classpath). */
    public static Response send(Path root, String directory, String path, SendFileOptions options, Request request) {
        String joined = SafeJoin.safeJoin(directory, path);
        if (joined == null || joined.indexOf('\0') >= 0) {
            throw new NotFound();
        }
        Path onDisk = onDisk(root, joined);
        if (onDisk != null && Files.isRegularFile(onDisk)) {
            return SendFile.send(SendFile.of(onDisk), options, request);
        }
        URL resource = classLoader().getResource(stripSlashes(joined));
        if (resource == null || !isFile(resource)) {
            throw new NotFound();
        }
        String name = joined.substring(joined.lastIndexOf('/') + 1);
        return SendFile.send(SendFile.of(resource, name), options, request);
    }

    /** The path on disk, or null where this file system cannot name it (Python's {@code isfile} is then false). */
    private static Path onDisk(Path root, String joined) {
        try {
            return root.resolve(joined);
        } catch (InvalidPathException e) {
            return null;
        }
    }

    private static boolean isFile(URL resource) {
        try {
            if ("file".equals(resource.getProtocol())) {
                return Files.isRegularFile(Path.of(resource.toURI()));
            }
            if (resource.openConnection() instanceof JarURLConnection jar) {
                return jar.getJarEntry() != null && !jar.getJarEntry().isDirectory();
            }
            return !resource.toString().endsWith("/");
        } catch (IOException | URISyntaxException | IllegalArgumentException e) {
            return false;
        }
    }

    private static String stripSlashes(String s) {
        return s.replaceAll("^/+", "");
    }

    private static ClassLoader classLoader() {
        ClassLoader cl = Thread.currentThread().getContextClassLoader();
        return cl != null ? cl : StaticFiles.class.getClassLoader();
    }
}
