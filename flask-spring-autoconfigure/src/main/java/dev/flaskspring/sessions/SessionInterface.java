package dev.flaskspring.sessions;

import dev.flaskspring.Flask;
import dev.flaskspring.wrappers.Request;
import dev.flaskspring.wrappers.Response;
import java.time.Duration;
import java.time.Instant;

/**
 * Opens and saves sessions; replace it with {@code app.sessionInterface(...)} to store sessions
 * elsewhere; Flask's {@code SessionInterface}. The cookie settings come from the {@code SESSION_COOKIE_*} keys.
 */
public interface SessionInterface {

    /** The session for {@code request}, or null when sessions are unavailable (a {@link NullSession} is used). */
    Session openSession(Flask app, Request request);

    /** Saves {@code session} on {@code response} (a cookie, a store ...). Not called for null sessions. */
    void saveSession(Flask app, Session session, Response response);

    /** The session used when {@link #openSession} returns null; Flask's {@code make_null_session}. */
    default Session makeNullSession(Flask app) {
        return new NullSession();
    }

    /** Whether {@code session} is a null session; Flask's {@code is_null_session}. */
    default boolean isNullSession(Session session) {
        return session instanceof NullSession;
    }

    /** {@code SESSION_COOKIE_NAME}. */
    default String getCookieName(Flask app) {
        return String.valueOf(app.config().get("SESSION_COOKIE_NAME"));
    }

    /** {@code SESSION_COOKIE_DOMAIN}, or null. */
    default String getCookieDomain(Flask app) {
        Object v = app.config().get("SESSION_COOKIE_DOMAIN");
        return v == null || v.toString().isEmpty() || Boolean.FALSE.equals(v) ? null : v.toString();
    }

    /** {@code SESSION_COOKIE_PATH}, else {@code APPLICATION_ROOT}. */
    default String getCookiePath(Flask app) {
        Object v = app.config().get("SESSION_COOKIE_PATH");
        return v == null || v.toString().isEmpty() ? String.valueOf(app.config().get("APPLICATION_ROOT")) : v.toString();
    }

    /** {@code SESSION_COOKIE_HTTPONLY}. */
    default boolean getCookieHttponly(Flask app) {
        return app.config().getBoolean("SESSION_COOKIE_HTTPONLY");
    }

    /** {@code SESSION_COOKIE_SECURE}. */
    default boolean getCookieSecure(Flask app) {
        return app.config().getBoolean("SESSION_COOKIE_SECURE");
    }

    /** {@code SESSION_COOKIE_SAMESITE}, or null. */
    default String getCookieSamesite(Flask app) {
        Object v = app.config().get("SESSION_COOKIE_SAMESITE");
        return v == null ? null : v.toString();
    }

    /** {@code SESSION_COOKIE_PARTITIONED}. */
    default boolean getCookiePartitioned(Flask app) {
        return app.config().getBoolean("SESSION_COOKIE_PARTITIONED");
    }

    /** {@code PERMANENT_SESSION_LIFETIME} (a {@link Duration} or seconds); Flask's {@code permanent_session_lifetime}. */
    default Duration permanentSessionLifetime(Flask app) {
        Object v = app.config().get("PERMANENT_SESSION_LIFETIME");
        if (v instanceof Duration d) {
            return d;
        }
        return Duration.ofSeconds(v instanceof Number n ? n.longValue() : Long.parseLong(String.valueOf(v).trim()));
    }

    /** When a permanent session's cookie expires, or null for a browser-session cookie; Flask's {@code get_expiration_time}. */
    default Instant getExpirationTime(Flask app, Session session) {
        return session.isPermanent() ? Instant.now().plus(permanentSessionLifetime(app)) : null;
    }

    /** Whether to send the cookie: modified, or permanent with {@code SESSION_REFRESH_EACH_REQUEST}; Flask's {@code should_set_cookie}. */
    default boolean shouldSetCookie(Flask app, Session session) {
        return session.isModified() || (session.isPermanent() && app.config().getBoolean("SESSION_REFRESH_EACH_REQUEST"));
    }
}
