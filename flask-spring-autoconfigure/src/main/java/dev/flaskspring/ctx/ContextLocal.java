package dev.flaskspring.ctx;

/** Restores a thread-local to a saved value, removing it when the saved value is null so pooled threads keep nothing. */
final class ContextLocal {

    private ContextLocal() {
    }

    static <T> void restore(ThreadLocal<T> local, T saved) {
        if (saved == null) {
            local.remove();
        } else {
            local.set(saved);
        }
    }
}
