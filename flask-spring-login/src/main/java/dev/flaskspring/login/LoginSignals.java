package dev.flaskspring.login;

import dev.flaskspring.Flask;
import dev.flaskspring.signals.AppEvents;
import dev.flaskspring.signals.FlaskEvent;
import dev.flaskspring.signals.Signal;
import java.util.function.Supplier;

/**
 * Flask-Login's signals ({@code flask_login.signals}), sent at the same points as Flask-Login with the app as
 * sender. Each event also goes to the app's event publisher, so under Spring Boot {@code @EventListener}
 * methods receive it.
 */
public final class LoginSignals {

    /** Flask-Login's {@code user_logged_in}. */
    public static final Signal<UserLoggedIn> USER_LOGGED_IN = new Signal<>("logged-in");
    /** Flask-Login's {@code user_logged_out}. */
    public static final Signal<UserLoggedOut> USER_LOGGED_OUT = new Signal<>("logged-out");
    /** Flask-Login's {@code user_loaded_from_cookie}. */
    public static final Signal<UserLoadedFromCookie> USER_LOADED_FROM_COOKIE = new Signal<>("loaded-from-cookie");
    /** Flask-Login's {@code user_loaded_from_request}. */
    public static final Signal<UserLoadedFromRequest> USER_LOADED_FROM_REQUEST = new Signal<>("loaded-from-request");
    /** Flask-Login's {@code user_login_confirmed}. */
    public static final Signal<UserLoginConfirmed> USER_LOGIN_CONFIRMED = new Signal<>("login-confirmed");
    /** Flask-Login's {@code user_unauthorized}. */
    public static final Signal<UserUnauthorized> USER_UNAUTHORIZED = new Signal<>("unauthorized");
    /** Flask-Login's {@code user_needs_refresh}. */
    public static final Signal<UserNeedsRefresh> USER_NEEDS_REFRESH = new Signal<>("needs-refresh");
    /** Flask-Login's {@code session_protected}. */
    public static final Signal<SessionProtected> SESSION_PROTECTED = new Signal<>("session-protected");
    /** Flask-Login's {@code user_accessed}. */
    public static final Signal<UserAccessed> USER_ACCESSED = new Signal<>("accessed");

    private LoginSignals() {
    }

    /** Sends the event {@code event} makes to {@code signal}'s receivers and the app's publisher, if anyone listens. */
    static <E extends FlaskEvent> void send(Flask app, Signal<E> signal, Class<E> type, Supplier<E> event) {
        AppEvents.send(app, signal, type, event);
    }
}
