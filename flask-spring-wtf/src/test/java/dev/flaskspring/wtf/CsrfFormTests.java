package dev.flaskspring.wtf;

import static dev.flaskspring.Globals.g;
import static dev.flaskspring.Globals.session;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flaskspring.Flask;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The {@code generate_csrf} / {@code validate_csrf} tests of Flask-WTF's {@code tests/test_csrf_form.py}, on an app
 * without {@code CSRFProtect} as there. Its {@code test_form_csrf} and {@code test_validate_error_logged} need a
 * WTForms {@code FlaskForm}, which has no Java twin here, and are not ported.
 */
@ExtendWith(NoLeakedContexts.class)
class CsrfFormTests {

    final Flask app = CsrfTestApps.flask();

    // Flask-WTF: tests/test_csrf_form.py::test_csrf_requires_secret_key
    @Test
    void csrfRequiresSecretKey() {
        try (var ctx = app.testRequestContext("/")) {
            CSRFProtect.generateCsrf();
            app.config().put("SECRET_KEY", null);
            assertThatThrownBy(CSRFProtect::generateCsrf).isInstanceOf(IllegalStateException.class)
                    .hasMessage("A secret key is required to use CSRF.");
            app.config().put("WTF_CSRF_SECRET_KEY", "wtf_secret");
            CSRFProtect.generateCsrf();
            app.config().remove("WTF_CSRF_SECRET_KEY");
            CSRFProtect.generateCsrf("direct", null);
        }
    }

    // Flask-WTF: tests/test_csrf_form.py::test_token_stored_by_generate
    @Test
    void tokenStoredByGenerate() {
        try (var ctx = app.testRequestContext("/")) {
            CSRFProtect.generateCsrf();
            assertThat(session()).containsKey("csrf_token");
            assertThat(g()).containsKey("csrf_token");
        }
    }

    // Flask-WTF: tests/test_csrf_form.py::test_custom_token_key
    @Test
    void customTokenKey() {
        try (var ctx = app.testRequestContext("/")) {
            CSRFProtect.generateCsrf(null, "oauth_token");
            assertThat(session()).containsKey("oauth_token");
            assertThat(g()).containsKey("oauth_token");
        }
    }

    // Flask-WTF: tests/test_csrf_form.py::test_token_cached
    @Test
    void tokenCached() {
        try (var ctx = app.testRequestContext("/")) {
            assertThat(CSRFProtect.generateCsrf()).isEqualTo(CSRFProtect.generateCsrf());
        }
    }

    // Flask-WTF: tests/test_csrf_form.py::test_validate
    @Test
    void validate() {
        try (var ctx = app.testRequestContext("/")) {
            CSRFProtect.validateCsrf(CSRFProtect.generateCsrf());
        }
    }

    // Flask-WTF: tests/test_csrf_form.py::test_validation_errors
    @Test
    void validationErrors() {
        try (var ctx = app.testRequestContext("/")) {
            assertThatThrownBy(() -> CSRFProtect.validateCsrf(null)).isInstanceOf(CSRFError.class)
                    .extracting(e -> ((CSRFError) e).description()).isEqualTo("The CSRF token is missing.");

            assertThatThrownBy(() -> CSRFProtect.validateCsrf("no session")).isInstanceOf(CSRFError.class)
                    .extracting(e -> ((CSRFError) e).description()).isEqualTo("The CSRF session token is missing.");

            String token = CSRFProtect.generateCsrf();
            assertThatThrownBy(() -> CSRFProtect.validateCsrf(token, null, -1L, null)).isInstanceOf(CSRFError.class)
                    .extracting(e -> ((CSRFError) e).description()).isEqualTo("The CSRF token has expired.");

            assertThatThrownBy(() -> CSRFProtect.validateCsrf("invalid")).isInstanceOf(CSRFError.class)
                    .extracting(e -> ((CSRFError) e).description()).isEqualTo("The CSRF token is invalid.");

            String otherToken = CSRFProtect.generateCsrf(null, "other_csrf");
            assertThatThrownBy(() -> CSRFProtect.validateCsrf(otherToken)).isInstanceOf(CSRFError.class)
                    .extracting(e -> ((CSRFError) e).description()).isEqualTo("The CSRF tokens do not match.");
        }
    }
}
