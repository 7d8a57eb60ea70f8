package dev.flaskspring;

/** A function run when a context ends, even after an error; Flask's {@code teardown_request}/{@code teardown_appcontext} callable. */
@FunctionalInterface
public interface Teardown {
    /** Runs with the unhandled exception that ended the request, or null. */
    void apply(Throwable error) throws Exception;
}
