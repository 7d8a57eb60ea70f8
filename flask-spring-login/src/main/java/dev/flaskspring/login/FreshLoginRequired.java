package dev.flaskspring.login;

import static dev.flaskspring.Globals.currentApp;

import dev.flaskspring.View;
import dev.flaskspring.ViewDecorator;

/**
 * Lets only users with a fresh login through (not restored from a remember cookie): others get
 * {@link LoginManager#unauthorized()}, stale logins {@link LoginManager#needsRefresh()}; Flask-Login's
 * {@code @fresh_login_required}. {@code OPTIONS} requests and {@code LOGIN_DISABLED} pass, as for
 * {@link LoginRequired}.
 */
public final class FreshLoginRequired implements ViewDecorator {

    @Override
    public View decorate(View view) {
        return ViewDecorator.wrap(view, args -> {
            if (!LoginRequired.isExempt()) {
                if (!Login.currentUser().isAuthenticated()) {
                    return LoginManager.of(currentApp()).unauthorized();
                }
                if (!Login.loginFresh()) {
                    return LoginManager.of(currentApp()).needsRefresh();
                }
            }
            return view.call(args);
        });
    }
}
