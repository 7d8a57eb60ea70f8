package dev.flaskspring.wrappers;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** An uploaded file from a multipart form; Werkzeug's {@code FileStorage}. */
public final class FileStorage {

    /** Opens the content; may be called more than once. */
    @FunctionalInterface
    public interface ContentSource {
        /** A new stream over the file's bytes. */
        InputStream open() throws IOException;
    }

    private final String name;
    private final String filename;
    private final String contentType;
    private final long size;
    private final ContentSource content;

    /** Creates a file for the form field {@code name}, sent as {@code filename}, with its content type and size. */
    public FileStorage(String name, String filename, String contentType, long size, ContentSource content) {
        this.name = name;
        this.filename = filename;
        this.contentType = contentType;
        this.size = size;
        this.content = content;
    }

    /** A file held in memory, handy in tests. */
    public static FileStorage of(String name, String filename, String contentType, byte[] bytes) {
        return new FileStorage(name, filename, contentType, bytes.length, () -> new java.io.ByteArrayInputStream(bytes));
    }

    /** The form field's name. */
    public String name() {
        return name;
    }

    /** The file name the client sent, unsanitised (use a secure-filename helper before saving under it). */
    public String filename() {
        return filename;
    }

    /** The content type the client sent, or null. */
    public String contentType() {
        return contentType;
    }

    /** The mimetype: the content type without parameters, lower-cased; Werkzeug's {@code mimetype}. */
    public String mimetype() {
        if (contentType == null) {
            return "";
        }
        int semi = contentType.indexOf(';');
        return (semi < 0 ? contentType : contentType.substring(0, semi)).trim().toLowerCase(java.util.Locale.ROOT);
    }

    /** The size in bytes. */
    public long size() {
        return size;
    }

    /** A new stream over the content. */
    public InputStream stream() {
        try {
            return content.open();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the content to {@code destination}, replacing it; Werkzeug's {@code save}. */
    public void save(Path destination) throws IOException {
        try (InputStream in = content.open()) {
            Files.copy(in, destination, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** The whole content. */
    public byte[] readAllBytes() throws IOException {
        try (InputStream in = content.open()) {
            return in.readAllBytes();
        }
    }

    @Override
    public String toString() {
        return "<FileStorage: '" + filename + "' ('" + contentType + "')>";
    }
}
