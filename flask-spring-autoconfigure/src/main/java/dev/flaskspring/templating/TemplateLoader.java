package dev.flaskspring.templating;

import com.github.mustachejava.MustacheResolver;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Finds templates in the app's template folder, then in each blueprint's, in registration order;
 * Flask's {@code DispatchingJinjaLoader}. A folder is a directory relative to the app's root when it
 * exists there, else a classpath location (so templates work inside a Boot jar).
 */
final class TemplateLoader implements MustacheResolver {

    /** One place templates live. */
    record Folder(String owner, String folder) {
    }

    private final Path rootPath;
    private final Supplier<List<Folder>> folders;
    private final ClassLoader classLoader;

    TemplateLoader(Path rootPath, Supplier<List<Folder>> folders, ClassLoader classLoader) {
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

    @Override
    public Reader getReader(String name) {
        List<String> pieces = splitTemplatePath(name);
        if (pieces == null || pieces.isEmpty()) {
            return null;
        }
        String clean = String.join("/", pieces);
        for (Folder f : folders.get()) {
            Path onDisk;
            try {
                onDisk = rootPath.resolve(f.folder()).resolve(clean);
            } catch (InvalidPathException notAPath) {
                return null;
            }
            if (Files.isRegularFile(onDisk)) {
                try {
                    return Files.newBufferedReader(onDisk, StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            URL resource = classLoader.getResource(f.folder() + "/" + clean);
            if (resource != null) {
                try {
                    return new InputStreamReader(resource.openStream(), StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return null;
    }

    /** The places {@code name} was looked for, for error messages and {@code EXPLAIN_TEMPLATE_LOADING}. */
    List<String> explain(String name) {
        List<String> out = new ArrayList<>();
        for (Folder f : folders.get()) {
            out.add((f.owner() == null ? "app" : "blueprint '" + f.owner() + "'") + ": "
                    + rootPath.resolve(f.folder()) + "/" + name + " or classpath:" + f.folder() + "/" + name);
        }
        return out;
    }
}
