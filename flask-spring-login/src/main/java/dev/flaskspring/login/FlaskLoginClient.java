package dev.flaskspring.login;

import dev.flaskspring.Flask;
import dev.flaskspring.testing.FlaskClient;

/** Test clients whose session already has a user logged in; Flask-Login's {@code FlaskLoginClient}. */
public final class FlaskLoginClient {

    private FlaskLoginClient() {
    }

    /** A test client of {@code app} with {@code user} logged in, freshly; {@code app.test_client(user=user)}. */
    public static FlaskClient create(Flask app, UserMixin user) {
        return create(app, user, true);
    }

    /**
     * A test client of {@code app} whose session holds {@code user}'s {@code _user_id} and {@code _fresh} (no
     * {@code _id}, so session protection sees a new identifier, as with Flask-Login's client); a plain client
     * when {@code user} is null; {@code app.test_client(user=user, fresh_login=freshLogin)}.
     */
    public static FlaskClient create(Flask app, UserMixin user, boolean freshLogin) {
        FlaskClient client = app.testClient();
        if (user != null) {
            client.sessionTransaction(session -> {
                session.put("_user_id", user.getId());
                session.put("_fresh", freshLogin);
            });
        }
        return client;
    }
}
