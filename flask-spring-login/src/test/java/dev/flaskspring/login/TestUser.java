package dev.flaskspring.login;

import java.util.Map;

/**
 * The users of Flask-Login's {@code tests/test_login.py}: a {@code UserMixin} whose id may be a number, as
 * Python's {@code User(name, id, active)}.
 */
record TestUser(String name, Object id, boolean active) implements UserMixin {

    static final TestUser NOTCH = new TestUser("Notch", 1, true);
    static final TestUser STEVE = new TestUser("Steve", 2, true);
    static final TestUser CREEPER = new TestUser("Creeper", 3, false);
    static final TestUser GERMANJAPANESE = new TestUser("Müller", "佐藤", true);

    /** Flask-Login's {@code USERS}, keyed by id as text. */
    static final Map<String, TestUser> USERS = Map.of("1", NOTCH, "2", STEVE, "3", CREEPER, "佐藤", GERMANJAPANESE);

    @Override
    public String getId() {
        return String.valueOf(id);
    }

    @Override
    public boolean isActive() {
        return active;
    }

    /** {@code USERS[int(user_id)]}: the user, or null (a KeyError in the Python tests) for an unknown id. */
    static TestUser byNumber(String userId) {
        return USERS.get(String.valueOf(Integer.parseInt(userId)));
    }
}
