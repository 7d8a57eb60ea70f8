package dev.flaskspring.login;

import static dev.flaskspring.Globals.currentApp;
import static dev.flaskspring.Globals.request;
import static dev.flaskspring.Globals.session;

import dev.flaskspring.Blueprint;
import dev.flaskspring.Flask;
import dev.flaskspring.Globals;
import dev.flaskspring.ctx.G;
import dev.flaskspring.sessions.Session;
import java.time.Duration;

/**
 * Flask-Login's functions ({@code login_user}, {@code logout_user}, {@code current_user}, ...), for
 * {@code import static dev.flaskspring.login.Login.*;}. They work on the current request of an app set up
 * with a {@link LoginManager}.
 */
public final class Login {

    private static final LoginRequired LOGIN_REQUIRED = new LoginRequired();
    private static final FreshLoginRequired FRESH_LOGIN_REQUIRED = new FreshLoginRequired();

    private Login() {
    }

    /** Logs {@code user} in for this session, not remembered; Flask-Login's {@code login_user(user)}. */
    public static boolean loginUser(UserMixin user) {
        return loginUser(user, LoginOptions.defaults());
    }

    /** Logs {@code user} in, setting the remember cookie when {@code remember}; {@code login_user(user, remember)}. */
    public static boolean loginUser(UserMixin user, boolean remember) {
        return loginUser(user, LoginOptions.builder().remember(remember).build());
    }

    /**
     * Logs {@code user} in: stores {@code _user_id}, {@code _fresh} and {@code _id} in the session (and
     * {@code _remember}, {@code _remember_seconds} when remembered) and makes the user the current one;
     * false, with nothing changed, for an inactive user unless {@code force}; Flask-Login's {@code login_user}.
     */
    public static boolean loginUser(UserMixin user, LoginOptions options) {
        if (!options.force() && !user.isActive()) {
            return false;
        }
        Flask app = currentApp();
        LoginManager manager = LoginManager.of(app);
        Session session = session();
        session.put("_user_id", user.getId());
        session.put("_fresh", options.fresh());
        session.put("_id", SessionIdentifier.create(request()));
        if (options.remember()) {
            session.put("_remember", "set");
            if (options.duration() != null) {
                session.put("_remember_seconds", totalSeconds(options.duration()));
            }
        }
        manager.updateRequestContextWithUser(user);
        UserMixin current = currentUser();
        LoginSignals.send(app, LoginSignals.USER_LOGGED_IN, UserLoggedIn.class, () -> new UserLoggedIn(app, current));
        return true;
    }

    /** {@code timedelta.total_seconds()} of a {@code Duration} at microsecond precision, as Flask-Login computes it. */
    private static double totalSeconds(Duration duration) {
        long micros = Math.addExact(Math.multiplyExact(duration.getSeconds(), 1_000_000L), duration.getNano() / 1000);
        return micros / 1e6;
    }

    /**
     * Logs the current user out: drops the session's login keys and, when the request carries a remember
     * cookie, has it deleted; always true; Flask-Login's {@code logout_user}.
     */
    public static boolean logoutUser() {
        Flask app = currentApp();
        UserMixin user = currentUser();
        Session session = session();
        for (String key : new String[] {"_user_id", "_fresh", "_id"}) {
            if (session.containsKey(key)) {
                session.remove(key);
            }
        }
        if (request().cookies().containsKey(LoginConfig.cookieName(app.config()))) {
            session.put("_remember", "clear");
            if (session.containsKey("_remember_seconds")) {
                session.remove("_remember_seconds");
            }
        }
        LoginSignals.send(app, LoginSignals.USER_LOGGED_OUT, UserLoggedOut.class, () -> new UserLoggedOut(app, user));
        LoginManager.of(app).updateRequestContextWithUser(null);
        return true;
    }

    /**
     * The user of the current request, loaded on first use; the anonymous user when nobody is logged in
     * (never null); Flask-Login's {@code current_user}.
     *
     * @throws IllegalStateException outside a request
     */
    public static UserMixin currentUser() {
        Globals.requestContext();
        G g = Globals.g();
        if (!g.containsKey(LoginManager.USER_KEY)) {
            LoginManager.of(currentApp()).loadUser();
        }
        return (UserMixin) g.get(LoginManager.USER_KEY);
    }

    /** Marks the current login fresh again, as after re-entering a password; Flask-Login's {@code confirm_login}. */
    public static void confirmLogin() {
        Session session = session();
        session.put("_fresh", true);
        session.put("_id", SessionIdentifier.create(request()));
        Flask app = currentApp();
        LoginSignals.send(app, LoginSignals.USER_LOGIN_CONFIRMED, UserLoginConfirmed.class, () -> new UserLoginConfirmed(app));
    }

    /** Whether the current login is fresh (not restored from a remember cookie); Flask-Login's {@code login_fresh}. */
    public static boolean loginFresh() {
        return LoginConfig.truthy(session().get("_fresh"));
    }

    /** Whether the request carries a valid remember cookie not being cleared; Flask-Login's {@code login_remembered}. */
    public static boolean loginRemembered() {
        Flask app = currentApp();
        String cookie = request().cookies().get(LoginConfig.cookieName(app.config()));
        if (cookie != null && !"clear".equals(session().get("_remember"))) {
            return RememberCookie.decode(cookie, app.config().get("SECRET_KEY")) != null;
        }
        return false;
    }

    /** The URL of a login view (an endpoint or a URL); Flask-Login's {@code login_url(login_view)}. */
    public static String loginUrl(String loginView) {
        return LoginUrls.loginUrl(loginView, null, "next");
    }

    /** The login view's URL with {@code next} in its query; Flask-Login's {@code login_url(login_view, next_url)}. */
    public static String loginUrl(String loginView, String next) {
        return LoginUrls.loginUrl(loginView, next, "next");
    }

    /** {@link #loginUrl(String, String)} with the query field named {@code nextField}. */
    public static String loginUrl(String loginView, String next, String nextField) {
        return LoginUrls.loginUrl(loginView, next, nextField);
    }

    /** {@code currentUrl} reduced to path and query when on the login URL's host; Flask-Login's {@code make_next_param}. */
    public static String makeNextParam(String loginUrl, String currentUrl) {
        return LoginUrls.makeNextParam(loginUrl, currentUrl);
    }

    /** The {@code @login_required} decorator. */
    public static LoginRequired loginRequired() {
        return LOGIN_REQUIRED;
    }

    /** The {@code @fresh_login_required} decorator. */
    public static FreshLoginRequired freshLoginRequired() {
        return FRESH_LOGIN_REQUIRED;
    }

    /** Sets the current app's login view; Flask-Login's {@code set_login_view(login_view)}. */
    public static void setLoginView(String loginView) {
        setLoginView(loginView, null);
    }

    /**
     * Sets the login view of {@code blueprint} (the app's when null); once any blueprint has one, the app's
     * moves to {@code blueprintLoginViews()} under the key null; Flask-Login's {@code set_login_view}.
     */
    public static void setLoginView(String loginView, Blueprint blueprint) {
        LoginManager manager = LoginManager.of(currentApp());
        if (blueprint == null && manager.blueprintLoginViews().isEmpty()) {
            manager.setLoginView(loginView);
            return;
        }
        manager.blueprintLoginViews().put(blueprint == null ? null : blueprint.name(), loginView);
        if (manager.getLoginView() != null && !manager.blueprintLoginViews().containsKey(null)) {
            manager.blueprintLoginViews().put(null, manager.getLoginView());
        }
        manager.setLoginView(null);
    }

    /** The remember cookie value for {@code payload}, signed with the app's secret key; {@code encode_cookie}. */
    public static String encodeCookie(String payload) {
        return RememberCookie.encode(payload, currentApp().config().get("SECRET_KEY"));
    }

    /** The payload of a remember cookie signed with the app's secret key, or null; {@code decode_cookie}. */
    public static String decodeCookie(String cookie) {
        return RememberCookie.decode(cookie, currentApp().config().get("SECRET_KEY"));
    }

    /** Python's {@code str(value)} for the values a session holds as a user id. */
    static String pythonStr(Object value) {
        if (value instanceof Boolean b) {
            return b ? "True" : "False";
        }
        return value == null ? "None" : value.toString();
    }
}
