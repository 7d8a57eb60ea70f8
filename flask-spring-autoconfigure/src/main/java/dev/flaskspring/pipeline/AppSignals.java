package dev.flaskspring.pipeline;

import dev.flaskspring.Flask;
import dev.flaskspring.signals.AppContextPopped;
import dev.flaskspring.signals.AppContextPushed;
import dev.flaskspring.signals.AppContextTearingDown;
import dev.flaskspring.signals.FlaskEvent;
import dev.flaskspring.signals.GotRequestException;
import dev.flaskspring.signals.RequestFinished;
import dev.flaskspring.signals.RequestStarted;
import dev.flaskspring.signals.RequestTearingDown;
import dev.flaskspring.signals.Signal;
import dev.flaskspring.signals.Signals;
import dev.flaskspring.wrappers.Response;
import java.util.function.Consumer;

/**
 * Sends the app's lifecycle signals to their receivers and to the app's event publisher (Spring's
 * {@code ApplicationEventPublisher} under Boot). When neither listens, nothing is allocated.
 */
public final class AppSignals {

    private AppSignals() {
    }

    private static boolean listened(Flask app, Signal<?> signal) {
        return signal.hasReceivers() || app.eventPublisher() != null;
    }

    private static <E extends FlaskEvent> void emit(Flask app, Signal<E> signal, E event) {
        signal.send(app, event);
        Consumer<? super FlaskEvent> publisher = app.eventPublisher();
        if (publisher != null) {
            publisher.accept(event);
        }
    }

    public static void requestStarted(Flask app) {
        if (listened(app, Signals.REQUEST_STARTED)) {
            emit(app, Signals.REQUEST_STARTED, new RequestStarted(app));
        }
    }

    public static void requestFinished(Flask app, Response response) {
        if (listened(app, Signals.REQUEST_FINISHED)) {
            emit(app, Signals.REQUEST_FINISHED, new RequestFinished(app, response));
        }
    }

    public static void gotRequestException(Flask app, Throwable e) {
        if (listened(app, Signals.GOT_REQUEST_EXCEPTION)) {
            emit(app, Signals.GOT_REQUEST_EXCEPTION, new GotRequestException(app, e));
        }
    }

    public static void requestTearingDown(Flask app, Throwable e) {
        if (listened(app, Signals.REQUEST_TEARING_DOWN)) {
            emit(app, Signals.REQUEST_TEARING_DOWN, new RequestTearingDown(app, e));
        }
    }

    public static void appcontextTearingDown(Flask app, Throwable e) {
        if (listened(app, Signals.APPCONTEXT_TEARING_DOWN)) {
            emit(app, Signals.APPCONTEXT_TEARING_DOWN, new AppContextTearingDown(app, e));
        }
    }

    public static void appcontextPushed(Flask app) {
        if (listened(app, Signals.APPCONTEXT_PUSHED)) {
            emit(app, Signals.APPCONTEXT_PUSHED, new AppContextPushed(app));
        }
    }

    public static void appcontextPopped(Flask app) {
        if (listened(app, Signals.APPCONTEXT_POPPED)) {
            emit(app, Signals.APPCONTEXT_POPPED, new AppContextPopped(app));
        }
    }

    /** Sends any app event (templates, flashes) the same way. */
    public static <E extends FlaskEvent> void send(Flask app, Signal<E> signal, java.util.function.Supplier<E> event) {
        if (listened(app, signal)) {
            emit(app, signal, event.get());
        }
    }
}
