package dev.flaskspring.templating;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Finds templates in the app's template folder, then in each blueprint's, in registration order;
 * Flask's {@code DispatchingJinjaLoader}. A folder is a directory relative to the app's root when it
 * exists there, else a classpath location (so templates work inside a Boot jar). Every engine loads
 * its templates through it.
 */
public final class TemplateLoader {

    /** One place templates live: the blueprint owning it ({@code null} for the app) and the folder. */
    public record Folder(String owner, String folder) {
    }

    /**
     * A template's text and where it came from; {@code lastModified} is the file's time in milliseconds, or 0
     * for a resource inside a jar, which never changes.
     */
    public record Source(String name, String text, String origin, long lastModified) {
    }

    private final Path rootPath;
    private final Supplier<List<Folder>> folders;
    private final ClassLoader classLoader;

    /** A loader searching {@code folders} (asked at each lookup) under {@code rootPath} or on {@code classLoader}. */
    public TemplateLoader(Path rootPath, Supplier<List<Folder>> folders, ClassLoader classLoader) {
        this.rootPath = rootPath;
        this.folders = folders;
        this.classLoader = classLoader;
    }

    /**
     * The segments of a template name, {@code "./a//b"} giving {@code [a, b]}, or null when a segment is
     * {@code ..} or holds the platform's separator; Jinja's {@code split_template_path}, whose
     * {@code TemplateNotFound} is the null here.
     */
    static List<String> splitTemplatePath(String name) {
        List<String> pieces = new ArrayList<>();
        for (String piece : name.split("/", -1)) {
            if (piece.indexOf(File.separatorChar) >= 0 || piece.equals("..")) {
                return null;
            }
            if (!piece.isEmpty() && !piece.equals(".")) {
                pieces.add(piece);
            }
        }
        return pieces;
    }

    /** The first folder's template {@code name}, or empty; Jinja's {@code get_source}. */
    public Optional<Source> load(String name) {
        List<String> pieces = splitTemplatePath(name);
        if (pieces == null || pieces.isEmpty()) {
            return Optional.empty();
        }
        String clean = String.join("/", pieces);
        for (Folder f : folders.get()) {
            Path onDisk;
            try {
                onDisk = rootPath.resolve(f.folder()).resolve(clean);
            } catch (InvalidPathException notAPath) {
                return Optional.empty();
            }
            if (Files.isRegularFile(onDisk)) {
                return Optional.of(new Source(name, read(onDisk), onDisk.toString(), lastModified(onDisk)));
            }
            URL resource = classLoader.getResource(f.folder() + "/" + clean);
            if (resource != null) {
                return Optional.of(new Source(name, read(resource), resource.toString(), lastModified(resource)));
            }
        }
        return Optional.empty();
    }

    /** Whether {@code source} is still what {@link #load} would give; Jinja's {@code uptodate}. */
    public boolean isUpToDate(Source source) {
        return load(source.name()).map(now -> now.lastModified() == source.lastModified()
                && now.origin().equals(source.origin())).orElse(false);
    }

    /** The places {@code name} is looked for, for error messages and {@code EXPLAIN_TEMPLATE_LOADING}. */
    public List<String> explain(String name) {
        List<String> out = new ArrayList<>();
        for (Folder f : folders.get()) {
            out.add((f.owner() == null ? "app" : "blueprint '" + f.owner() + "'") + ": "
                    + rootPath.resolve(f.folder()) + "/" + name + " or classpath:" + f.folder() + "/" + name);
        }
        return out;
    }

    /** The error for a template none of the folders holds. */
    public TemplateNotFound notFound(String name) {
        return new TemplateNotFound(name, explain(name));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(URL resource) {
        try (InputStream in = resource.openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long lastModified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            return 0;
        }
    }

    private static long lastModified(URL resource) {
        if (!"file".equals(resource.getProtocol())) {
            return 0;
        }
        try {
            return lastModified(Path.of(resource.toURI()));
        } catch (URISyntaxException | IllegalArgumentException e) {
            return 0;
        }
    }
}
