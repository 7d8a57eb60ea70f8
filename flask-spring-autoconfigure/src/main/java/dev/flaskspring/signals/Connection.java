package dev.flaskspring.signals;

/**
 * A receiver's connection to a signal; closing it disconnects, so try-with-resources scopes a
 * receiver like Flask's {@code signal.connected_to(receiver)}.
 */
@FunctionalInterface
public interface Connection extends AutoCloseable {

    /** Disconnects the receiver (idempotent). */
    @Override
    void close();
}
