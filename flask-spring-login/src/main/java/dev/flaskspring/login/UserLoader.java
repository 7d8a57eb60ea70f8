package dev.flaskspring.login;

import java.util.function.Function;

/**
 * Loads the user whose id the session or remember cookie holds, or returns null when there is none; the
 * function Flask-Login's {@code @login_manager.user_loader} registers. Under Spring Boot a bean of this type
 * becomes the auto-configured {@link LoginManager}'s user loader.
 */
@FunctionalInterface
public interface UserLoader extends Function<String, UserMixin> {
}
