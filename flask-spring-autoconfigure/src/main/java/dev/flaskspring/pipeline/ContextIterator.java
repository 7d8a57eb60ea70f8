package dev.flaskspring.pipeline;

import dev.flaskspring.ctx.AppContext;
import dev.flaskspring.ctx.RequestContext;
import java.util.Iterator;

/**
 * Iterates a response body with its request context current; the iterator of Flask's
 * {@code stream_with_context}. On another thread it pushes a shared context (no second teardown).
 */
public final class ContextIterator<T> implements Iterator<T>, AutoCloseable {

    private final RequestContext ctx;
    private final AppContext app;
    private final Iterator<T> chunks;

    /** Iterates {@code chunks} within {@code ctx} and the app context current now. */
    public ContextIterator(RequestContext ctx, Iterator<T> chunks) {
        this.ctx = ctx;
        this.app = AppContext.current();
        this.chunks = chunks;
    }

    @Override
    public boolean hasNext() {
        if (RequestContext.current() == ctx) {
            return chunks.hasNext();
        }
        try (AppContext a = app.share().push(); RequestContext r = ctx.share().push()) {
            return chunks.hasNext();
        }
    }

    @Override
    public T next() {
        if (RequestContext.current() == ctx) {
            return chunks.next();
        }
        try (AppContext a = app.share().push(); RequestContext r = ctx.share().push()) {
            return chunks.next();
        }
    }

    /** Closes the wrapped chunks when they can be closed, as Werkzeug's response closes its iterable. */
    @Override
    public void close() throws Exception {
        if (chunks instanceof AutoCloseable closeable) {
            closeable.close();
        }
    }
}
