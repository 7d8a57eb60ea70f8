package dev.flaskspring.demo;

import static dev.flaskspring.Globals.flash;
import static dev.flaskspring.Globals.g;
import static dev.flaskspring.Globals.redirect;
import static dev.flaskspring.Globals.renderTemplate;
import static dev.flaskspring.Globals.session;
import static dev.flaskspring.Globals.urlFor;
import static dev.flaskspring.demo.FlaskrDatabase.getDb;

import dev.flaskspring.annotation.BeforeAppRequest;
import dev.flaskspring.annotation.Get;
import dev.flaskspring.annotation.Route;
import dev.flaskspring.annotation.Views;
import dev.flaskspring.security.Passwords;
import dev.flaskspring.wrappers.Request;
import java.util.Map;
import org.springframework.dao.DataIntegrityViolationException;

/** The {@code auth} blueprint: register, log in, log out, and the logged-in user in {@code g}; flaskr's {@code auth.py}. */
@Views(blueprint = "auth", urlPrefix = "/auth")
class AuthViews {

    /** Loads the user whose id the session holds into {@code g.user}, else null; flaskr's {@code load_logged_in_user}. */
    @BeforeAppRequest
    void loadLoggedInUser() {
        Object userId = session().get("user_id");
        if (userId == null) {
            g().put("user", null);
        } else {
            g().put("user", getDb().fetchOne("SELECT * FROM \"user\" WHERE id = ?", userId));
        }
    }

    /** Registers a new user, refusing a taken username, with a werkzeug password hash; flaskr's {@code register}. */
    @Route(value = "/register", methods = {"GET", "POST"})
    Object register(Request request) {
        if ("POST".equals(request.method())) {
            String username = request.form().require("username");
            String password = request.form().require("password");
            Db db = getDb();
            String error = null;

            if (username.isEmpty()) {
                error = "Username is required.";
            } else if (password.isEmpty()) {
                error = "Password is required.";
            }

            if (error == null) {
                try {
                    db.execute("INSERT INTO \"user\" (username, password) VALUES (?, ?)",
                            username, Passwords.generatePasswordHash(password));
                    return redirect(urlFor("auth.login"));
                } catch (DataIntegrityViolationException e) {
                    // The username was already taken.
                    error = "User " + username + " is already registered.";
                }
            }

            flash(error);
        }
        return renderTemplate("auth/register.html");
    }

    /** Logs a registered user in by storing the user id in a new session; flaskr's {@code login}. */
    @Route(value = "/login", methods = {"GET", "POST"})
    Object login(Request request) {
        if ("POST".equals(request.method())) {
            String username = request.form().require("username");
            String password = request.form().require("password");
            String error = null;
            Map<String, Object> user = getDb().fetchOne("SELECT * FROM \"user\" WHERE username = ?", username);

            if (user == null) {
                error = "Incorrect username.";
            } else if (!Passwords.checkPasswordHash((String) user.get("password"), password)) {
                error = "Incorrect password.";
            }

            if (error == null) {
                session().clear();
                session().put("user_id", user.get("id"));
                return redirect(urlFor("index"));
            }

            flash(error);
        }
        return renderTemplate("auth/login.html");
    }

    /** Clears the session, including the stored user id; flaskr's {@code logout}. */
    @Get("/logout")
    Object logout() {
        session().clear();
        return redirect(urlFor("index"));
    }
}
