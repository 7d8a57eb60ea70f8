package dev.flaskspring.cli;

/**
 * A wrong command line (missing or bad option or argument, unknown command); exit status 2, as Click's
 * {@code UsageError}, which is a {@code ClickException} too.
 */
public class UsageError extends ClickException {

    /** An error whose message is printed after {@code Error: }. */
    public UsageError(String message) {
        super(message);
    }
}
