package dev.flaskspring.login;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flaskspring.Flask;
import dev.flaskspring.FlaskExtension;
import dev.flaskspring.ViewDecorator;
import dev.flaskspring.signals.FlaskEvent;
import dev.flaskspring.signals.Signal;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** Every name of the Flask-Login contract (API sections 17 and 21) exists, with Flask-Login's defaults. */
class LoginApiTests {

    @Test
    void theManagerHasFlaskLoginsSettingsAndDefaults() {
        LoginManager manager = new LoginManager();
        assertThat((FlaskExtension) manager).isNotNull();
        assertThat(manager.name()).isEqualTo("login_manager");
        assertThat(manager.getLoginView()).isNull();
        assertThat(manager.blueprintLoginViews()).isEmpty();
        assertThat(manager.getLoginMessage()).isEqualTo("Please log in to access this page.");
        assertThat(manager.getLoginMessageCategory()).isEqualTo("message");
        assertThat(manager.getRefreshView()).isNull();
        assertThat(manager.getNeedsRefreshMessage()).isEqualTo("Please reauthenticate to access this page.");
        assertThat(manager.getNeedsRefreshMessageCategory()).isEqualTo("message");
        assertThat(manager.getSessionProtection()).isEqualTo("basic");
        assertThat(LoginManager.SESSION_KEYS)
                .containsExactlyInAnyOrder("_user_id", "_remember", "_remember_seconds", "_id", "_fresh", "next");

        Function<String, UserMixin> users = id -> null;
        Function<dev.flaskspring.wrappers.Request, UserMixin> requests = request -> null;
        Supplier<Object> handler = () -> "answer";
        Supplier<UserMixin> anonymous = AnonymousUserMixin::new;
        manager.userLoader(users);
        manager.requestLoader(requests);
        manager.unauthorizedHandler(handler);
        manager.needsRefreshHandler(handler);
        manager.anonymousUser(anonymous);
        manager.setLoginView("auth.login");
        manager.setLoginMessage("Log in");
        manager.setLoginMessageCategory("info");
        manager.setRefreshView("auth.refresh");
        manager.setNeedsRefreshMessage("Again");
        manager.setNeedsRefreshMessageCategory("warning");
        manager.setSessionProtection("strong");
        manager.setSessionProtection(null);
        manager.blueprintLoginViews().put("admin", "admin.login");
        assertThat(manager.userLoader()).isSameAs(users);
        assertThat(manager.requestLoader()).isSameAs(requests);

        Flask app = new Flask("names");
        manager.initApp(app);
        assertThat(app.extensions().get("login_manager")).isSameAs(manager);
    }

    @Test
    void theUserMixinsDefaultsAreFlaskLogins() {
        UserMixin user = () -> "1";
        assertThat(user.getId()).isEqualTo("1");
        assertThat(user.isAuthenticated()).isTrue();
        assertThat(user.isActive()).isTrue();
        assertThat(user.isAnonymous()).isFalse();
        UserMixin anonymous = new AnonymousUserMixin();
        assertThat(anonymous.getId()).isNull();
        assertThat(anonymous.isAuthenticated()).isFalse();
        assertThat(anonymous.isActive()).isFalse();
        assertThat(anonymous.isAnonymous()).isTrue();
    }

    @Test
    void loginOptionsIsABuilderWithFlaskLoginsDefaults() {
        assertThat(LoginOptions.builder().build()).isEqualTo(new LoginOptions(false, null, false, true));
        assertThat(LoginOptions.builder().remember(true).duration(Duration.ofDays(3)).force(true).fresh(false).build())
                .isEqualTo(new LoginOptions(true, Duration.ofDays(3), true, false));
        assertThat(LoginOptions.builder().remember().force().build())
                .isEqualTo(new LoginOptions(true, null, true, true));
    }

    @Test
    void theDecoratorsAreViewDecorators() {
        ViewDecorator required = Login.loginRequired();
        ViewDecorator fresh = Login.freshLoginRequired();
        assertThat(required).isInstanceOf(LoginRequired.class);
        assertThat(fresh).isInstanceOf(FreshLoginRequired.class);
        assertThat(new LoginRequired()).isNotNull();
        assertThat(new FreshLoginRequired()).isNotNull();
    }

    @Test
    void theSignalsCarryFlaskLoginsNames() {
        List<Signal<? extends FlaskEvent>> signals = List.of(LoginSignals.USER_LOGGED_IN, LoginSignals.USER_LOGGED_OUT,
                LoginSignals.USER_LOADED_FROM_COOKIE, LoginSignals.USER_LOADED_FROM_REQUEST,
                LoginSignals.USER_LOGIN_CONFIRMED, LoginSignals.USER_UNAUTHORIZED, LoginSignals.USER_NEEDS_REFRESH,
                LoginSignals.SESSION_PROTECTED, LoginSignals.USER_ACCESSED);
        assertThat(signals).extracting(Signal::name).containsExactly("logged-in", "logged-out", "loaded-from-cookie",
                "loaded-from-request", "login-confirmed", "unauthorized", "needs-refresh", "session-protected",
                "accessed");
        Flask app = new Flask("events");
        UserMixin user = () -> "1";
        List<FlaskEvent> events = List.of(new UserLoggedIn(app, user), new UserLoggedOut(app, user),
                new UserLoadedFromCookie(app, user), new UserLoadedFromRequest(app, user), new UserLoginConfirmed(app),
                new UserUnauthorized(app), new UserNeedsRefresh(app), new SessionProtected(app), new UserAccessed(app));
        assertThat(events).allSatisfy(e -> assertThat(e.app()).isSameAs(app));
        assertThat(new UserLoggedIn(app, user).user()).isSameAs(user);
    }
}
