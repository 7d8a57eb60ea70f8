package dev.flaskspring.cli;

/**
 * A command that failed for a reason it can say: {@code Error: message} on standard error and exit status 1,
 * without a stack trace; Click's {@code ClickException}.
 */
public class ClickException extends RuntimeException {

    /** A failure whose message is printed after {@code Error: }. */
    public ClickException(String message) {
        super(message);
    }

    /** A failure whose message is printed after {@code Error: }, keeping what caused it. */
    public ClickException(String message, Throwable cause) {
        super(message, cause);
    }
}
