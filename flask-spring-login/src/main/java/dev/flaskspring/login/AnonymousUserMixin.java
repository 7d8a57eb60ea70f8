package dev.flaskspring.login;

/** The user of a request nobody is logged in to: not authenticated, not active, anonymous, no id; Flask-Login's {@code AnonymousUserMixin}. */
public class AnonymousUserMixin implements UserMixin {

    /** Null: the anonymous user has no id. */
    @Override
    public String getId() {
        return null;
    }

    @Override
    public boolean isAuthenticated() {
        return false;
    }

    @Override
    public boolean isActive() {
        return false;
    }

    @Override
    public boolean isAnonymous() {
        return true;
    }

    @Override
    public String toString() {
        return "<AnonymousUserMixin>";
    }
}
