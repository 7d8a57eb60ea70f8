package dev.flaskspring.login;

import static dev.flaskspring.Globals.request;
import static dev.flaskspring.Globals.session;
import static dev.flaskspring.login.Login.currentUser;

import dev.flaskspring.Blueprint;
import dev.flaskspring.Flask;
import dev.flaskspring.View;
import dev.flaskspring.sessions.SecureCookieSessionInterface;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The app of {@code record_login_vectors.py}'s exchanges, built the same way in Java, with the recording's clock. */
final class InteropApp {

    /** A user of the recording. */
    record User(String id, String name, boolean active) implements UserMixin {
        @Override
        public String getId() {
            return id;
        }

        @Override
        public boolean isActive() {
            return active;
        }
    }

    static final Map<String, User> USERS = users();

    private InteropApp() {
    }

    private static Map<String, User> users() {
        Map<String, User> users = new LinkedHashMap<>();
        for (Map<String, Object> u : LoginVectors.list("users")) {
            users.put(String.valueOf(u.get("id")),
                    new User(String.valueOf(u.get("id")), String.valueOf(u.get("name")), (Boolean) u.get("active")));
        }
        return users;
    }

    @SuppressWarnings("unchecked")
    static Flask create(Map<String, Object> config, Map<String, Object> manager) {
        long now = LoginVectors.now();
        Flask app = new Flask("interop");
        app.sessionInterface(new SecureCookieSessionInterface(() -> now));
        app.config().put("SECRET_KEY", LoginVectors.get("secret_key"));
        config.forEach((key, value) -> app.config().put(key, LoginVectors.configValue(value)));
        LoginManager lm = new LoginManager(Clock.fixed(Instant.ofEpochSecond(now), ZoneOffset.UTC));
        lm.initApp(app);
        manager.forEach((key, value) -> {
            switch (key) {
                case "login_view" -> lm.setLoginView((String) value);
                case "blueprint_login_views" -> lm.blueprintLoginViews().putAll((Map<String, String>) value);
                case "login_message" -> lm.setLoginMessage((String) value);
                case "login_message_category" -> lm.setLoginMessageCategory((String) value);
                case "refresh_view" -> lm.setRefreshView((String) value);
                case "needs_refresh_message" -> lm.setNeedsRefreshMessage((String) value);
                case "needs_refresh_message_category" -> lm.setNeedsRefreshMessageCategory((String) value);
                default -> throw new IllegalArgumentException("unknown manager setting " + key);
            }
        });
        lm.userLoader(USERS::get);

        app.route("/", "index", args -> "Welcome!");
        app.route("/login/<user_id>", "login", args -> {
            var query = request().args();
            if (LoginConfig.truthy(query.get("permanent"))) {
                session().setPermanent(true);
            }
            LoginOptions.Builder options = LoginOptions.builder().remember(LoginConfig.truthy(query.get("remember")))
                    .force(LoginConfig.truthy(query.get("force"))).fresh(!"0".equals(query.get("fresh")));
            if (LoginConfig.truthy(query.get("duration"))) {
                options.duration(LoginVectors.seconds(query.get("duration")));
            }
            return yesNo(Login.loginUser(USERS.get(args.getString("user_id")), options.build()));
        });
        app.route("/logout", "logout", args -> yesNo(Login.logoutUser()));
        app.route("/confirm", "confirm", args -> {
            Login.confirmLogin();
            return "confirmed";
        });
        app.route("/whoami", "whoami", args -> {
            UserMixin user = currentUser();
            String name = user.isAuthenticated() ? ((User) user).name() : "Anonymous";
            return name + "|fresh=" + yesNo(Login.loginFresh()) + "|remembered=" + yesNo(Login.loginRemembered());
        });
        app.route("/signin", "signin", args -> "Sign in");
        app.route("/reauth", "reauth", args -> "Reauthenticate");
        View secret = Login.loginRequired().decorate(args -> "Secret");
        app.route("/secret", "secret", secret);
        app.route("/secret/<path:rest>", "secret", secret);
        app.route("/fresh", "fresh", Login.freshLoginRequired().decorate(args -> "Fresh"));
        Blueprint admin = new Blueprint("admin", "/admin");
        admin.route("/signin", "signin", args -> "Admin sign in");
        admin.route("/panel", "panel", Login.loginRequired().decorate(args -> "Panel"));
        app.registerBlueprint(admin);
        return app;
    }

    private static String yesNo(boolean value) {
        return value ? "True" : "False";
    }

    @SuppressWarnings("unchecked")
    static List<List<String>> headers(Map<String, Object> request) {
        return (List<List<String>>) request.get("headers");
    }
}
