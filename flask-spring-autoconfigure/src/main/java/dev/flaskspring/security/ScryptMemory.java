package dev.flaskspring.security;

import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

/**
 * The memory scrypt computations may take at once: each holds its share ({@code 128*r*(N+p+2)} bytes,
 * 32 MiB for Werkzeug's default {@code scrypt:32768:8:1}) of a budget of half the maximum heap while it
 * runs, and waits, in arrival order, while the budget is taken. A burst of logins is slowed down, never
 * answered with an {@link OutOfMemoryError}.
 */
final class ScryptMemory {

    /** The budget of this JVM: half its maximum heap. */
    static final ScryptMemory HEAP = new ScryptMemory(Runtime.getRuntime().maxMemory() / 2);

    private static final int KIB = 1024;

    private final int budgetKib;
    private final Semaphore kibibytes;

    /** A budget of {@code bytes} (rounded down to whole KiB). */
    ScryptMemory(long bytes) {
        this.budgetKib = (int) Math.min(bytes / KIB, Integer.MAX_VALUE);
        this.kibibytes = new Semaphore(budgetKib, true);
    }

    /**
     * Runs {@code computation}, which takes {@code bytes}, once that much of the budget is free.
     *
     * @throws IllegalArgumentException when {@code bytes} is more than the whole budget
     */
    <T> T run(long bytes, Supplier<T> computation) {
        long needed = (bytes + KIB - 1) / KIB;
        if (needed > budgetKib) {
            throw new IllegalArgumentException("scrypt with these parameters needs " + needed / KIB + " MiB, more than"
                    + " the " + budgetKib / KIB + " MiB (half the maximum heap) password hashing may use");
        }
        int permits = (int) needed;
        kibibytes.acquireUninterruptibly(permits);
        try {
            return computation.get();
        } finally {
            kibibytes.release(permits);
        }
    }
}
