package dev.flaskspring.wrappers;

import java.util.Arrays;
import java.util.Iterator;
import java.util.NoSuchElementException;

/** The bytes {@code [start, start + length)} of a streamed body, read through; Werkzeug's {@code _RangeWrapper}. */
final class RangeWrapper implements Iterator<byte[]> {

    private final Iterator<?> source;
    private long skip;
    private long remaining;
    private byte[] next;

    RangeWrapper(Iterator<?> source, long start, long length) {
        this.source = source;
        this.skip = start;
        this.remaining = length;
    }

    @Override
    public boolean hasNext() {
        while (next == null && remaining > 0 && source.hasNext()) {
            byte[] chunk = Response.chunkBytes(source.next());
            if (skip >= chunk.length) {
                skip -= chunk.length;
                continue;
            }
            int from = (int) skip;
            int n = (int) Math.min(remaining, chunk.length - from);
            skip = 0;
            remaining -= n;
            next = Arrays.copyOfRange(chunk, from, from + n);
        }
        return next != null;
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
}
