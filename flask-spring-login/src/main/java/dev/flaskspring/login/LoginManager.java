package dev.flaskspring.login;

import static dev.flaskspring.Globals.currentApp;
import static dev.flaskspring.Globals.request;
import static dev.flaskspring.Globals.session;

import dev.flaskspring.Flask;
import dev.flaskspring.FlaskExtension;
import dev.flaskspring.Globals;
import dev.flaskspring.sessions.Session;
import dev.flaskspring.wrappers.Request;
import java.time.Clock;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Loads the user of each request from the session, the remember cookie or the request, and answers the
 * requests a login is required for; Flask-Login's {@code LoginManager}.
 * <p>Like Flask-Login's, a manager is not bound to one app: {@link #initApp} stores it in the app's
 * {@code extensions()} under {@code "login_manager"}, registers the after-request hook that sets or clears the
 * remember cookie and the context processor giving templates {@code current_user}. The user is loaded lazily,
 * on the first {@link Login#currentUser()} of a request, and kept in {@code g}.
 */
public final class LoginManager implements FlaskExtension {

    /** The key in {@code app.extensions()}. */
    public static final String NAME = "login_manager";
    /** The session keys Flask-Login sets; Flask-Login's {@code SESSION_KEYS}. */
    public static final List<String> SESSION_KEYS = List.of("_user_id", "_remember", "_remember_seconds", "_id",
            "_fresh", "next");
    static final String USER_KEY = "_login_user";
    private static final String MISSING_LOADER = "Missing user_loader or request_loader. Refer to"
            + " http://flask-login.readthedocs.io/#how-it-works for more info.";

    private final RememberCookieUpdate rememberCookie;
    private Supplier<? extends UserMixin> anonymousUser = AnonymousUserMixin::new;
    private String loginView;
    private final Map<String, String> blueprintLoginViews = new LinkedHashMap<>();
    private String loginMessage = "Please log in to access this page.";
    private String loginMessageCategory = "message";
    private String refreshView;
    private String needsRefreshMessage = "Please reauthenticate to access this page.";
    private String needsRefreshMessageCategory = "message";
    private String sessionProtection = "basic";
    private Function<String, String> localizeCallback;
    private Supplier<Object> unauthorizedCallback;
    private Supplier<Object> needsRefreshCallback;
    private Function<String, ? extends UserMixin> userCallback;
    private Function<Request, ? extends UserMixin> requestCallback;

    /** A manager to apply with {@link #initApp}; Flask-Login's {@code LoginManager()}. */
    public LoginManager() {
        this(Clock.systemUTC());
    }

    /** A manager whose remember cookies expire counting from {@code clock}'s time. */
    public LoginManager(Clock clock) {
        this.rememberCookie = new RememberCookieUpdate(Objects.requireNonNull(clock, "clock"));
    }

    /** A manager applied to {@code app} at once; Flask-Login's {@code LoginManager(app)}. */
    public LoginManager(Flask app) {
        this();
        initApp(app);
    }

    /** The manager {@code app} was set up with; Flask-Login's {@code app.login_manager}. */
    public static LoginManager of(Flask app) {
        Object manager = app.extensions().get(NAME);
        if (manager instanceof LoginManager m) {
            return m;
        }
        throw new IllegalStateException("The app '" + app.name() + "' has no LoginManager: call"
                + " new LoginManager().initApp(app) (under Spring Boot, add flask-spring-login to the classpath).");
    }

    @Override
    public String name() {
        return NAME;
    }

    /** Sets the manager up on {@code app}, with the {@code current_user} context processor; Flask-Login's {@code init_app}. */
    @Override
    public void initApp(Flask app) {
        initApp(app, true);
    }

    /** Sets the manager up on {@code app}; Flask-Login's {@code init_app(app, add_context_processor)}. */
    public void initApp(Flask app, boolean addContextProcessor) {
        app.extensions().put(NAME, this);
        app.afterRequest(rememberCookie::apply);
        if (addContextProcessor) {
            app.contextProcessor(() -> Collections.singletonMap("current_user",
                    Globals.hasRequestContext() ? Login.currentUser() : null));
        }
    }

    // ---- callbacks ---------------------------------------------------------------------------

    /** Sets how a user is reloaded from the id in the session; Flask-Login's {@code @user_loader}. */
    public void userLoader(Function<String, ? extends UserMixin> loader) {
        this.userCallback = loader;
    }

    /** The user loader, or null. */
    public Function<String, ? extends UserMixin> userLoader() {
        return userCallback;
    }

    /** Sets how a user is loaded from a request that has no session login (an API key, a header); {@code @request_loader}. */
    public void requestLoader(Function<Request, ? extends UserMixin> loader) {
        this.requestCallback = loader;
    }

    /** The request loader, or null. */
    public Function<Request, ? extends UserMixin> requestLoader() {
        return requestCallback;
    }

    /** Replaces the default answer to an unauthorized request; {@code @unauthorized_handler}. */
    public void unauthorizedHandler(Supplier<Object> handler) {
        this.unauthorizedCallback = handler;
    }

    /** Replaces the default answer to a request needing a fresh login; {@code @needs_refresh_handler}. */
    public void needsRefreshHandler(Supplier<Object> handler) {
        this.needsRefreshCallback = handler;
    }

    /** Sets what makes the anonymous user; Flask-Login's {@code anonymous_user}. */
    public void anonymousUser(Supplier<? extends UserMixin> factory) {
        this.anonymousUser = Objects.requireNonNull(factory, "factory");
    }

    /** Translates the flashed messages; Flask-Login's {@code localize_callback}. */
    public void setLocalizeCallback(Function<String, String> callback) {
        this.localizeCallback = callback;
    }

    // ---- settings ----------------------------------------------------------------------------

    /** The endpoint (or URL) unauthorized requests are redirected to; Flask-Login's {@code login_view}. */
    public String getLoginView() {
        return loginView;
    }

    /** Sets {@link #getLoginView()}; null answers unauthorized requests with a 401. */
    public void setLoginView(String loginView) {
        this.loginView = loginView;
    }

    /** Login views per blueprint name (the key null stands for the app); Flask-Login's {@code blueprint_login_views}. */
    public Map<String, String> blueprintLoginViews() {
        return blueprintLoginViews;
    }

    /** The message flashed on the redirect to the login view; Flask-Login's {@code login_message}. */
    public String getLoginMessage() {
        return loginMessage;
    }

    /** Sets {@link #getLoginMessage()}; null or empty flashes nothing. */
    public void setLoginMessage(String loginMessage) {
        this.loginMessage = loginMessage;
    }

    /** The category of {@link #getLoginMessage()}; Flask-Login's {@code login_message_category}. */
    public String getLoginMessageCategory() {
        return loginMessageCategory;
    }

    /** Sets {@link #getLoginMessageCategory()}. */
    public void setLoginMessageCategory(String category) {
        this.loginMessageCategory = category;
    }

    /** The endpoint (or URL) requests needing a fresh login are redirected to; Flask-Login's {@code refresh_view}. */
    public String getRefreshView() {
        return refreshView;
    }

    /** Sets {@link #getRefreshView()}; null answers with a 401. */
    public void setRefreshView(String refreshView) {
        this.refreshView = refreshView;
    }

    /** The message flashed on the redirect to the refresh view; Flask-Login's {@code needs_refresh_message}. */
    public String getNeedsRefreshMessage() {
        return needsRefreshMessage;
    }

    /** Sets {@link #getNeedsRefreshMessage()}; null or empty flashes nothing. */
    public void setNeedsRefreshMessage(String message) {
        this.needsRefreshMessage = message;
    }

    /** The category of {@link #getNeedsRefreshMessage()}; Flask-Login's {@code needs_refresh_message_category}. */
    public String getNeedsRefreshMessageCategory() {
        return needsRefreshMessageCategory;
    }

    /** Sets {@link #getNeedsRefreshMessageCategory()}. */
    public void setNeedsRefreshMessageCategory(String category) {
        this.needsRefreshMessageCategory = category;
    }

    /** {@code "basic"}, {@code "strong"} or null; config {@code SESSION_PROTECTION} wins; {@code session_protection}. */
    public String getSessionProtection() {
        return sessionProtection;
    }

    /** Sets {@link #getSessionProtection()}. */
    public void setSessionProtection(String mode) {
        this.sessionProtection = mode;
    }

    // ---- answers -----------------------------------------------------------------------------

    /**
     * The answer to a request that needs a login: the unauthorized handler's, else a redirect to the login
     * view (the blueprint's first) with the message flashed and the requested URL as {@code next} (in the
     * session with {@code USE_SESSION_FOR_NEXT}); without a login view a 401 is raised; Flask-Login's
     * {@code unauthorized()}.
     */
    public Object unauthorized() {
        Flask app = currentApp();
        LoginSignals.send(app, LoginSignals.USER_UNAUTHORIZED, UserUnauthorized.class, () -> new UserUnauthorized(app));
        if (unauthorizedCallback != null) {
            return unauthorizedCallback.get();
        }
        String blueprint = request().blueprint();
        String view = blueprintLoginViews.containsKey(blueprint) ? blueprintLoginViews.get(blueprint) : loginView;
        return redirectFor(view, loginMessage, loginMessageCategory);
    }

    /**
     * The answer to a request that needs a fresh login: the needs-refresh handler's, else a redirect to the
     * refresh view as {@link #unauthorized()} does; Flask-Login's {@code needs_refresh()}.
     */
    public Object needsRefresh() {
        Flask app = currentApp();
        LoginSignals.send(app, LoginSignals.USER_NEEDS_REFRESH, UserNeedsRefresh.class, () -> new UserNeedsRefresh(app));
        if (needsRefreshCallback != null) {
            return needsRefreshCallback.get();
        }
        return redirectFor(refreshView, needsRefreshMessage, needsRefreshMessageCategory);
    }

    private Object redirectFor(String view, String message, String category) {
        if (view == null || view.isEmpty()) {
            throw Globals.abort(401);
        }
        if (message != null && !message.isEmpty()) {
            Globals.flash(localizeCallback != null ? localizeCallback.apply(message) : message, category);
        }
        String current = RequestUrl.of(request());
        if (LoginConfig.useSessionForNext(currentApp().config())) {
            String loginUrl = LoginUrls.expandLoginView(view);
            Session session = session();
            session.put("_id", SessionIdentifier.create(request()));
            session.put("next", LoginUrls.makeNextParam(loginUrl, current));
            return Globals.redirect(LoginUrls.loginUrl(view, null, "next"));
        }
        return Globals.redirect(LoginUrls.loginUrl(view, current, "next"));
    }

    // ---- loading the user --------------------------------------------------------------------

    /** Stores {@code user} (the anonymous user when null) as the request's current user. */
    void updateRequestContextWithUser(UserMixin user) {
        Globals.g().put(USER_KEY, user != null ? user : anonymousUser.get());
    }

    /** Loads the request's user from the session, else the remember cookie, else the request loader. */
    void loadUser() {
        if (userCallback == null && requestCallback == null) {
            throw new IllegalStateException(MISSING_LOADER);
        }
        Flask app = currentApp();
        LoginSignals.send(app, LoginSignals.USER_ACCESSED, UserAccessed.class, () -> new UserAccessed(app));
        if (sessionProtectionFailed(app)) {
            updateRequestContextWithUser(null);
            return;
        }
        Session session = session();
        UserMixin user = null;
        Object userId = session.get("_user_id");
        if (userId != null && userCallback != null) {
            user = userCallback.apply(Login.pythonStr(userId));
        }
        if (user == null) {
            String cookie = request().cookies().get(LoginConfig.cookieName(app.config()));
            if (cookie != null && !"clear".equals(session.get("_remember"))) {
                user = loadUserFromRememberCookie(app, session, cookie);
            } else if (requestCallback != null) {
                user = loadUserFromRequest(app);
            }
        }
        updateRequestContextWithUser(user);
    }

    private boolean sessionProtectionFailed(Flask app) {
        Object mode = app.config().getOrDefault("SESSION_PROTECTION", sessionProtection);
        if (!"basic".equals(mode) && !"strong".equals(mode)) {
            return false;
        }
        Session session = session();
        String identifier = SessionIdentifier.create(request());
        // An empty session is an anonymous user or one just logged out: nothing to protect.
        if (session.isEmpty() || identifier.equals(session.get("_id"))) {
            return false;
        }
        if ("basic".equals(mode) || session.isPermanent()) {
            if (!Boolean.FALSE.equals(session.get("_fresh"))) {
                session.put("_fresh", false);
            }
            LoginSignals.send(app, LoginSignals.SESSION_PROTECTED, SessionProtected.class, () -> new SessionProtected(app));
            return false;
        }
        for (String key : SESSION_KEYS) {
            if (session.containsKey(key)) {
                session.remove(key);
            }
        }
        session.put("_remember", "clear");
        LoginSignals.send(app, LoginSignals.SESSION_PROTECTED, SessionProtected.class, () -> new SessionProtected(app));
        return true;
    }

    private UserMixin loadUserFromRememberCookie(Flask app, Session session, String cookie) {
        String userId = RememberCookie.decode(cookie, app.config().get("SECRET_KEY"));
        if (userId == null) {
            return null;
        }
        session.put("_user_id", userId);
        session.put("_fresh", false);
        UserMixin user = userCallback != null ? userCallback.apply(userId) : null;
        if (user != null) {
            LoginSignals.send(app, LoginSignals.USER_LOADED_FROM_COOKIE, UserLoadedFromCookie.class, () -> new UserLoadedFromCookie(app, user));
        }
        return user;
    }

    private UserMixin loadUserFromRequest(Flask app) {
        UserMixin user = requestCallback.apply(request());
        if (user != null) {
            LoginSignals.send(app, LoginSignals.USER_LOADED_FROM_REQUEST, UserLoadedFromRequest.class, () -> new UserLoadedFromRequest(app, user));
        }
        return user;
    }

    @Override
    public String toString() {
        return "<LoginManager login_view=" + loginView + ">";
    }
}
