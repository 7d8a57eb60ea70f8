package dev.flaskspring.testing;

/** Rethrows an exception from the app unchanged, checked ones included, as Flask's test client lets them propagate. */
final class Rethrow {

    private Rethrow() {
    }

    static RuntimeException unchecked(Throwable t) {
        Rethrow.<RuntimeException>sneaky(t);
        return new IllegalStateException(t);
    }

    @SuppressWarnings("unchecked")
    private static <T extends Throwable> void sneaky(Throwable t) throws T {
        throw (T) t;
    }
}
