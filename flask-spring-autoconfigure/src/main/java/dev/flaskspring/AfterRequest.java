package dev.flaskspring;

import dev.flaskspring.wrappers.Response;

/** A function that may change or replace the response; Flask's {@code after_request} callable. */
@FunctionalInterface
public interface AfterRequest {
    /** Returns the response to send on: {@code response} itself or another. */
    Response apply(Response response) throws Exception;
}
