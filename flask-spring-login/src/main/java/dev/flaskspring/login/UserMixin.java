package dev.flaskspring.login;

/**
 * What Flask-Login needs of a user object; Flask-Login's {@code UserMixin}.
 * <p>{@link #getId()} is the text stored in the session as {@code _user_id} and in the remember cookie, and
 * what the user loader receives back.
 */
public interface UserMixin {

    /** The user's id as text; Flask-Login's {@code get_id()}. */
    String getId();

    /** Whether the user is logged in (true for real users); Flask-Login's {@code is_authenticated}. */
    default boolean isAuthenticated() {
        return true;
    }

    /** Whether the account may log in; {@code loginUser} refuses inactive users unless forced; {@code is_active}. */
    default boolean isActive() {
        return true;
    }

    /** Whether this is the anonymous user; Flask-Login's {@code is_anonymous}. */
    default boolean isAnonymous() {
        return false;
    }
}
