package dev.flaskspring.cli;

/** A wrong command line (missing or bad option, unknown command); exit status 2, as Click's {@code UsageError}. */
public class UsageError extends RuntimeException {

    /** An error whose message is printed after {@code Error: }. */
    public UsageError(String message) {
        super(message);
    }
}
