package dev.flaskspring.pipeline;

import dev.flaskspring.Flask;
import dev.flaskspring.signals.AppContextPopped;
import dev.flaskspring.signals.AppContextPushed;
import dev.flaskspring.signals.AppContextTearingDown;
import dev.flaskspring.signals.AppEvents;
import dev.flaskspring.signals.GotRequestException;
import dev.flaskspring.signals.RequestFinished;
import dev.flaskspring.signals.RequestStarted;
import dev.flaskspring.signals.RequestTearingDown;
import dev.flaskspring.signals.Signals;
import dev.flaskspring.wrappers.Response;

/**
 * Sends the app's lifecycle signals to their receivers and to the app's event publisher (Spring's
 * {@code ApplicationEventPublisher} under Boot). When neither listens, nothing is allocated.
 */
public final class AppSignals {

    private AppSignals() {
    }

    public static void requestStarted(Flask app) {
        AppEvents.send(app, Signals.REQUEST_STARTED, RequestStarted.class, () -> new RequestStarted(app));
    }

    public static void requestFinished(Flask app, Response response) {
        AppEvents.send(app, Signals.REQUEST_FINISHED, RequestFinished.class, () -> new RequestFinished(app, response));
    }

    public static void gotRequestException(Flask app, Throwable e) {
        AppEvents.send(app, Signals.GOT_REQUEST_EXCEPTION, GotRequestException.class,
                () -> new GotRequestException(app, e));
    }

    public static void requestTearingDown(Flask app, Throwable e) {
        AppEvents.send(app, Signals.REQUEST_TEARING_DOWN, RequestTearingDown.class,
                () -> new RequestTearingDown(app, e));
    }

    public static void appcontextTearingDown(Flask app, Throwable e) {
        AppEvents.send(app, Signals.APPCONTEXT_TEARING_DOWN, AppContextTearingDown.class,
                () -> new AppContextTearingDown(app, e));
    }

    public static void appcontextPushed(Flask app) {
        AppEvents.send(app, Signals.APPCONTEXT_PUSHED, AppContextPushed.class, () -> new AppContextPushed(app));
    }

    public static void appcontextPopped(Flask app) {
        AppEvents.send(app, Signals.APPCONTEXT_POPPED, AppContextPopped.class, () -> new AppContextPopped(app));
    }
}
