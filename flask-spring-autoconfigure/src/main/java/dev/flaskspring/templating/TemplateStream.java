package dev.flaskspring.templating;

import dev.flaskspring.ctx.AppContext;
import dev.flaskspring.ctx.RequestContext;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.Writer;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * A template rendered piece by piece as the response is written; Flask's {@code stream_template}
 * (a Jinja generator wrapped in {@code stream_with_context}).
 * <p>Java has no generators: a producer thread renders into a small bounded queue, with the request's
 * contexts pushed on it, and the response takes chunks as it writes them. Closing the iterator (the
 * response does, also when the client goes away) stops the producer.
 */
final class TemplateStream implements Iterator<String>, AutoCloseable {

    private static final int CHUNK = 8192;
    private static final Object END = new Object();

    private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(8);
    private final Thread producer;
    private Object next;
    private boolean done;

    /** Writes a whole template into the writer it is given. */
    @FunctionalInterface
    interface Rendering {
        void writeTo(Writer out) throws IOException;
    }

    TemplateStream(Rendering rendering) {
        RequestContext request = RequestContext.current();
        AppContext app = AppContext.current();
        RequestContext sharedRequest = request == null ? null : request.share();
        AppContext sharedApp = app == null ? null : app.share();
        this.producer = new Thread(() -> produce(rendering, sharedRequest, sharedApp), "flask-template-stream");
        producer.setDaemon(true);
    }

    private void produce(Rendering rendering, RequestContext request, AppContext app) {
        try {
            if (request != null && app != null) {
                try (AppContext pushedApp = app.push(); RequestContext pushed = request.push()) {
                    render(rendering);
                }
            } else if (app != null) {
                try (AppContext pushed = app.push()) {
                    render(rendering);
                }
            } else {
                render(rendering);
            }
            queue.put(END);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException | Error e) {
            queue.offer(e);
        }
    }

    private void render(Rendering rendering) {
        try (Writer out = new ChunkWriter()) {
            rendering.writeTo(out);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public boolean hasNext() {
        if (next == null && !done) {
            if (producer.getState() == Thread.State.NEW) {
                producer.start();
            }
            try {
                next = queue.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while streaming a template", e);
            }
            if (next == END) {
                done = true;
                next = null;
            } else if (next instanceof RuntimeException e) {
                done = true;
                throw e;
            } else if (next instanceof Error e) {
                done = true;
                throw e;
            }
        }
        return next != null;
    }

    @Override
    public String next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        String chunk = (String) next;
        next = null;
        return chunk;
    }

    @Override
    public void close() {
        done = true;
        producer.interrupt();
    }

    /** Collects output into chunks of about {@value #CHUNK} characters and hands them to the queue. */
    private final class ChunkWriter extends Writer {
        private final StringBuilder buffer = new StringBuilder(CHUNK);

        @Override
        public void write(char[] cbuf, int off, int len) throws IOException {
            buffer.append(cbuf, off, len);
            if (buffer.length() >= CHUNK) {
                flush();
            }
        }

        @Override
        public void flush() throws IOException {
            if (buffer.length() > 0) {
                try {
                    queue.put(buffer.toString());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new InterruptedIOException("The response stopped reading the template");
                }
                buffer.setLength(0);
            }
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
