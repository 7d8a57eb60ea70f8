package dev.flaskspring;

/** A function run before each request; Flask's {@code before_request} callable. A non-null result ends the request. */
@FunctionalInterface
public interface BeforeRequest {
    /** Runs before the view; returns null to go on, or a view return value to send instead. */
    Object apply() throws Exception;
}
