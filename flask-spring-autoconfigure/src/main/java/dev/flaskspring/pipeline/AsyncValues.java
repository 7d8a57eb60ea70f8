package dev.flaskspring.pipeline;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;

/**
 * The values a view, hook or error handler returns to answer later: a {@link CompletionStage} (such as a
 * {@code CompletableFuture}) or a {@link Callable}; Flask's {@code async def} views. Where the request
 * cannot wait asynchronously, the value is awaited in place, as Flask's {@code async_to_sync} does.
 */
public final class AsyncValues {

    private AsyncValues() {
    }

    /** Whether {@code rv} answers later. */
    public static boolean isAsync(Object rv) {
        return rv instanceof CompletionStage<?> || rv instanceof Callable<?>;
    }

    /**
     * Waits for {@code rv} on this thread, inside the current contexts: a stage's result, or the callable
     * called here; their failure is thrown as it was raised.
     */
    public static Object await(Object rv) throws Exception {
        if (rv instanceof Callable<?> callable) {
            return callable.call();
        }
        try {
            return ((CompletionStage<?>) rv).toCompletableFuture().get();
        } catch (ExecutionException e) {
            throw asException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw e;
        }
    }

    /** The failure of an async value as the exception the view raised: wrappers removed, errors rethrown. */
    public static Exception asException(Throwable t) {
        Throwable cause = t;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException)
                && cause.getCause() != null) {
            cause = cause.getCause();
        }
        if (cause instanceof Error error) {
            throw error;
        }
        return (Exception) cause;
    }
}
