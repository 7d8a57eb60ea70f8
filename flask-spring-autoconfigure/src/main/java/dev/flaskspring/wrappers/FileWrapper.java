package dev.flaskspring.wrappers;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * A streamed body read from a file or stream in blocks, opened at the first read and closed at the end
 * or when the response closes; Werkzeug's {@code FileWrapper} ({@code wrap_file}).
 * <p>It is seekable: a range request ({@link Response#makeConditional(Request, boolean, Long)}) skips
 * to the first byte wanted instead of reading what precedes it.
 */
public final class FileWrapper implements Iterator<byte[]>, AutoCloseable {

    /** Opens the content. */
    @FunctionalInterface
    public interface Opener {
        /** A new stream at the start of the content. */
        InputStream open() throws IOException;
    }

    private static final int BLOCK_SIZE = 65536;

    private final Opener opener;
    private long start;
    private long remaining = Long.MAX_VALUE;
    private InputStream in;
    private byte[] next;

    /** The content {@code opener} opens, whole. */
    public FileWrapper(Opener opener) {
        this.opener = opener;
    }

    /** Limits the body to {@code length} bytes from {@code start}; only before the first read. */
    void seek(long start, long length) {
        if (in != null) {
            throw new IllegalStateException("The file was already read from.");
        }
        this.start = start;
        this.remaining = length;
    }

    @Override
    public boolean hasNext() {
        if (next != null) {
            return true;
        }
        if (remaining <= 0) {
            close();
            return false;
        }
        try {
            if (in == null) {
                in = opener.open();
                in.skipNBytes(start);
            }
            byte[] buf = in.readNBytes((int) Math.min(BLOCK_SIZE, remaining));
            if (buf.length == 0) {
                close();
                return false;
            }
            remaining -= buf.length;
            next = buf;
            return true;
        } catch (IOException e) {
            close();
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public byte[] next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        byte[] b = next;
        next = null;
        return b;
    }

    @Override
    public void close() {
        remaining = 0;
        if (in != null) {
            try {
                in.close();
            } catch (IOException ignored) {
                // Closing a read-only source cannot lose data.
            }
            in = null;
        }
    }
}
