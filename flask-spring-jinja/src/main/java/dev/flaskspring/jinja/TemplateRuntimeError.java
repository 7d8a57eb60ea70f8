package dev.flaskspring.jinja;

/**
 * A template failed while rendering (an unknown filter, a call of something that is not callable, a bad argument);
 * Jinja's {@code TemplateRuntimeError} / {@code UndefinedError}. Exceptions raised by the app's own code (a filter,
 * {@code url_for}, {@code abort}) are not wrapped: they reach the view as they were thrown.
 */
public class TemplateRuntimeError extends RuntimeException {

    /** The error {@code message}, and the exception behind it if any. */
    public TemplateRuntimeError(String message, Throwable cause) {
        super(message, cause);
    }
}
