package dev.flaskspring;

import static dev.flaskspring.Globals.session;
import static org.assertj.core.api.Assertions.assertThat;

import dev.flaskspring.ctx.RequestContext;
import dev.flaskspring.sessions.Session;
import dev.flaskspring.sessions.SessionInterface;
import dev.flaskspring.wrappers.Request;
import dev.flaskspring.wrappers.Response;
import org.junit.jupiter.api.Test;

/**
 * A custom session interface; ported from Flask's {@code tests/test_session_interface.py}. The view
 * reads the session so that it is opened (sessions open on first use here).
 */
class SessionInterfaceTests {

    // Flask: tests/test_session_interface.py::test_open_session_with_endpoint
    @Test
    void openSessionWithEndpoint() {
        Flask app = new Flask("app");
        app.sessionInterface(new SessionInterface() {
            @Override
            public Session openSession(Flask app, Request request) {
                RequestContext.current().matchRequest();
                assertThat(request.endpoint()).isNotNull();
                return null;
            }

            @Override
            public void saveSession(Flask app, Session session, Response response) {
            }
        });
        app.get("/", "index", args -> {
            session().get("anything");
            return "Hello, World!";
        });
        assertThat(app.testClient().get("/").statusCode()).isEqualTo(200);
    }
}
