package dev.flaskspring.demo;

import static dev.flaskspring.Globals.request;

import dev.flaskspring.signals.RequestFinished;
import dev.flaskspring.signals.RequestStarted;
import dev.flaskspring.wrappers.Request;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Logs how long each Flask request took, from the {@code request_started} to the
 * {@code request_finished} signal, received as Spring events; beyond flaskr, to show signals.
 * <p>A line reads {@code GET /auth/login 200 1.8 ms}.
 */
@Component
class RequestTimings {

    private static final Logger log = LoggerFactory.getLogger(RequestTimings.class);
    private static final String STARTED = RequestTimings.class.getName() + ".started";

    @EventListener
    void started(RequestStarted event) {
        request().servletRequest().setAttribute(STARTED, System.nanoTime());
    }

    @EventListener
    void finished(RequestFinished event) {
        Request request = request();
        if (request.servletRequest().getAttribute(STARTED) instanceof Long started) {
            double millis = (System.nanoTime() - started) / 1_000_000.0;
            log.info("{} {} {} {} ms", request.method(), request.path(), event.response().statusCode(),
                    String.format(java.util.Locale.ROOT, "%.1f", millis));
        }
    }
}
