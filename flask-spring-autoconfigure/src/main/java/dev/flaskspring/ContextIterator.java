package dev.flaskspring;

import dev.flaskspring.ctx.RequestContext;
import java.util.Iterator;

/** Iterates a response body with its request context current; the iterator of Flask's {@code stream_with_context}. */
final class ContextIterator<T> implements Iterator<T> {

    private final RequestContext ctx;
    private final Iterator<T> chunks;

    ContextIterator(RequestContext ctx, Iterator<T> chunks) {
        this.ctx = ctx;
        this.chunks = chunks;
    }

    @Override
    public boolean hasNext() {
        if (RequestContext.current() == ctx) {
            return chunks.hasNext();
        }
        try (RequestContext pushed = ctx.copy().push()) {
            return chunks.hasNext();
        }
    }

    @Override
    public T next() {
        if (RequestContext.current() == ctx) {
            return chunks.next();
        }
        try (RequestContext pushed = ctx.copy().push()) {
            return chunks.next();
        }
    }
}
