package dev.flaskspring.demo;

import static dev.flaskspring.Globals.g;
import static dev.flaskspring.Globals.redirect;
import static dev.flaskspring.Globals.urlFor;

import dev.flaskspring.View;
import dev.flaskspring.ViewDecorator;

/** Redirects anonymous users to the login page instead of running the view; flaskr's {@code login_required}. */
public class LoginRequired implements ViewDecorator {

    @Override
    public View decorate(View view) {
        return ViewDecorator.wrap(view, args -> {
            if (g().get("user") == null) {
                return redirect(urlFor("auth.login"));
            }
            return view.call(args);
        });
    }
}
