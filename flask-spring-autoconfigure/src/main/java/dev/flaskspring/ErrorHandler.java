package dev.flaskspring;

/** Turns an exception into a response; Flask's {@code errorhandler} callable. */
@FunctionalInterface
public interface ErrorHandler<T extends Throwable> {
    /** Returns any view return value for {@code error}. */
    Object apply(T error) throws Exception;
}
