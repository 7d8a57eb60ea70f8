package dev.flaskspring.wrappers;

import dev.flaskspring.exceptions.RequestEntityTooLarge;
import java.io.IOException;
import java.io.InputStream;

/**
 * A request body that may not be longer than a limit: reading past it raises 413; Werkzeug's
 * {@code LimitedStream} with {@code is_max=True}, as {@code request.stream} is wrapped for
 * {@code MAX_CONTENT_LENGTH}.
 * <p>A body of exactly the limit reads to its end: the limit is exceeded only when more bytes arrive.
 */
final class LimitedStream extends InputStream {

    private final InputStream in;
    private final long limit;
    private long position;

    LimitedStream(InputStream in, long limit) {
        this.in = in;
        this.limit = limit;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        if (position >= limit) {
            if (in.read() < 0) {
                return -1;
            }
            throw new RequestEntityTooLarge();
        }
        int read = in.read(buffer, offset, (int) Math.min(length, limit - position));
        if (read > 0) {
            position += read;
        }
        return read;
    }

    @Override
    public int available() throws IOException {
        return (int) Math.min(in.available(), limit - position);
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
