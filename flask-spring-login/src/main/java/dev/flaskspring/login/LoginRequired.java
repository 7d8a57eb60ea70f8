package dev.flaskspring.login;

import static dev.flaskspring.Globals.currentApp;
import static dev.flaskspring.Globals.request;

import dev.flaskspring.View;
import dev.flaskspring.ViewDecorator;

/**
 * Lets only logged-in users through to the view; others get {@link LoginManager#unauthorized()}; Flask-Login's
 * {@code @login_required}. {@code OPTIONS} requests and {@code LOGIN_DISABLED} pass. Use it as
 * {@code @Decorate(LoginRequired.class)} or {@code Login.loginRequired().decorate(view)}.
 */
public final class LoginRequired implements ViewDecorator {

    @Override
    public View decorate(View view) {
        return ViewDecorator.wrap(view, args -> {
            if (!isExempt() && !Login.currentUser().isAuthenticated()) {
                return LoginManager.of(currentApp()).unauthorized();
            }
            return view.call(args);
        });
    }

    /** Whether the request skips login checks: an {@code OPTIONS} request or {@code LOGIN_DISABLED}; {@code EXEMPT_METHODS}. */
    static boolean isExempt() {
        return "OPTIONS".equals(request().method()) || LoginConfig.loginDisabled(currentApp().config());
    }
}
