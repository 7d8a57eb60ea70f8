package dev.flaskspring.ctx;

import dev.flaskspring.Flask;
import dev.flaskspring.sessions.Session;
import dev.flaskspring.sessions.SessionInterface;
import dev.flaskspring.wrappers.Request;
import dev.flaskspring.wrappers.Response;

/**
 * Opens a request's session on first use and saves it with the response; the session part of Flask's
 * {@code RequestContext}.
 * <p>Flask opens the session when the context is pushed; opening it on first use instead spares
 * decoding the cookie for requests that never touch it, with the same outcome: a session nobody
 * accessed is saved only when its cookie must be refreshed, and then it is opened at save time.
 */
public final class SessionHolder {

    private final Flask app;
    private final Request request;
    private Session session;

    SessionHolder(Flask app, Request request) {
        this.app = app;
        this.request = request;
    }

    /** The session, opened if needed, marked accessed; Flask's {@code session} proxy. */
    public Session session() {
        Session s = open();
        s.markAccessed();
        return s;
    }

    /** The session if it was opened, else null. */
    public Session peek() {
        return session;
    }

    /** Uses {@code preset} as this request's session (Flask's {@code RequestContext(session=...)}). */
    public void set(Session preset) {
        this.session = preset;
    }

    private Session open() {
        if (session == null) {
            SessionInterface si = app.sessionInterface();
            Session s = si.openSession(app, request);
            session = s != null ? s : si.makeNullSession(app);
        }
        return session;
    }

    /** Saves the session on {@code response}; Flask's last step of {@code process_response}. */
    public void save(Response response) {
        SessionInterface si = app.sessionInterface();
        if (session == null) {
            String name = si.getCookieName(app);
            if (request.cookie(name) == null) {
                return;
            }
            open();
        }
        if (!si.isNullSession(session)) {
            si.saveSession(app, session, response);
        }
    }
}
