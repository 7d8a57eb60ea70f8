package dev.flaskspring.login;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The user mixins; ported from Flask-Login's {@code tests/test_login.py} ({@code UserMixinTestCase},
 * {@code AnonymousUserTestCase}).
 * <p>Not ported, as they cannot apply to Java: {@code test_get_id_from_id_attribute} and
 * {@code test_get_id_not_implemented} test Python's fallback to an {@code id} attribute, while {@code getId()} is
 * abstract here and the compiler demands it; {@code test_equality} and {@code test_hashable} test {@code __eq__}
 * by id and {@code __hash__}, which an interface cannot define in Java (a user class or record defines its own).
 * {@code AboutTestCase::test_have_about_data} checks the Python package's {@code __about__} metadata, which has no
 * counterpart in a jar.
 */
class UserMixinTests {

    record ImplicitIdUser(int id) implements UserMixin {
        @Override
        public String getId() {
            return String.valueOf(id);
        }
    }

    // Flask-Login: tests/test_login.py::UserMixinTestCase::test_default_values
    @Test
    void defaultValues() {
        UserMixin user = new ImplicitIdUser(1);
        assertThat(user.isActive()).isTrue();
        assertThat(user.isAuthenticated()).isTrue();
        assertThat(user.isAnonymous()).isFalse();
    }

    // Flask-Login: tests/test_login.py::AnonymousUserTestCase::test_values
    @Test
    void values() {
        AnonymousUserMixin user = new AnonymousUserMixin();
        assertThat(user.isActive()).isFalse();
        assertThat(user.isAuthenticated()).isFalse();
        assertThat(user.isAnonymous()).isTrue();
        assertThat(user.getId()).isNull();
    }
}
