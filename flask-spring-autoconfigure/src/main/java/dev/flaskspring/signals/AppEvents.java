package dev.flaskspring.signals;

import dev.flaskspring.Flask;
import java.util.function.Supplier;

/**
 * Sends an app's event to a signal's receivers and to the app's event publisher (Spring's application events
 * under Boot); the event is made only when one of them wants it, so a signal nobody listens to costs a read.
 */
public final class AppEvents {

    private AppEvents() {
    }

    /** Sends the event {@code event} makes to {@code signal}'s receivers and, if it wants {@code type}, the publisher. */
    public static <E extends FlaskEvent> void send(Flask app, Signal<E> signal, Class<E> type, Supplier<E> event) {
        boolean receivers = signal.hasReceivers();
        boolean publish = app.publishesEvents(type);
        if (!receivers && !publish) {
            return;
        }
        E e = event.get();
        if (receivers) {
            signal.send(app, e);
        }
        if (publish) {
            app.eventPublisher().accept(e);
        }
    }
}
