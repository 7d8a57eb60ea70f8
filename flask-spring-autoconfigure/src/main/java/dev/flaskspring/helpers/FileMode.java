package dev.flaskspring.helpers;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A mode of Python's {@code open()} ({@code "rb"}, {@code "w"}, {@code "a"}, {@code "xt"} ...), as Flask's
 * {@code open_resource} and {@code open_instance_resource} take it.
 * <p>A binary mode opens an {@link InputStream} for reading or an {@link OutputStream} for writing, a text mode a
 * {@link java.io.Reader} or a {@link java.io.Writer}. The read-and-write modes ({@code "r+"} ...) have no stream
 * here and are refused.
 *
 * @param kind {@code 'r'} read, {@code 'w'} truncate or create, {@code 'a'} append, {@code 'x'} create only
 * @param binary whether the mode has {@code 'b'}
 */
public record FileMode(char kind, boolean binary) {

    /**
     * The mode {@code mode}.
     *
     * @throws IllegalArgumentException when Python's {@code open} would refuse it, or it reads and writes
     */
    public static FileMode parse(String mode) {
        for (char c : mode.toCharArray()) {
            if ("rwaxbt+".indexOf(c) < 0 || mode.indexOf(c) != mode.lastIndexOf(c)) {
                throw invalid(mode);
            }
        }
        String kinds = mode.replaceAll("[^rwax]", "");
        if (kinds.length() != 1 || (mode.contains("b") && mode.contains("t"))) {
            throw invalid(mode);
        }
        if (mode.contains("+")) {
            throw new IllegalArgumentException("The mode '" + mode + "' reads and writes: open the file once to"
                    + " read and once to write.");
        }
        return new FileMode(kinds.charAt(0), mode.contains("b"));
    }

    private static IllegalArgumentException invalid(String mode) {
        return new IllegalArgumentException("invalid mode: '" + mode + "'");
    }

    /** Whether the mode only reads ({@code "r"}, {@code "rt"}, {@code "rb"}). */
    public boolean isReading() {
        return kind == 'r';
    }

    /** Opens {@code file}: a stream when binary, a reader or writer in {@code encoding} otherwise. */
    public Closeable open(Path file, Charset encoding) throws IOException {
        if (isReading()) {
            return read(Files.newInputStream(file), encoding);
        }
        OutputStream out = Files.newOutputStream(file, options());
        return binary ? out : new OutputStreamWriter(out, encoding);
    }

    /** {@code in} as this reading mode gives it: as it is when binary, decoded with {@code encoding} otherwise. */
    public Closeable read(InputStream in, Charset encoding) {
        return binary ? in : new InputStreamReader(in, encoding);
    }

    private OpenOption[] options() {
        return switch (kind) {
            case 'w' -> new OpenOption[] {StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                    StandardOpenOption.WRITE};
            case 'a' -> new OpenOption[] {StandardOpenOption.CREATE, StandardOpenOption.APPEND,
                    StandardOpenOption.WRITE};
            default -> new OpenOption[] {StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE};
        };
    }
}
