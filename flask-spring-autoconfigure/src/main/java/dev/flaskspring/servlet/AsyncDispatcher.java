package dev.flaskspring.servlet;

import dev.flaskspring.ctx.RequestContext;

/**
 * Lets a request whose view answered with a {@code CompletionStage} or {@code Callable} finish later,
 * through Spring MVC's async support, with its request context kept for the completion.
 */
@FunctionalInterface
public interface AsyncDispatcher {

    /**
     * Starts waiting for {@code asyncValue} for the request of {@code ctx}; false when the request cannot
     * be handled asynchronously, so the value is awaited in place.
     */
    boolean start(RequestContext ctx, Object asyncValue);
}
