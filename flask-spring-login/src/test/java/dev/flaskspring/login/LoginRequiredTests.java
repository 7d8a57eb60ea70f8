package dev.flaskspring.login;

import static dev.flaskspring.login.LoginTestApp.deleteSession;
import static org.assertj.core.api.Assertions.assertThat;

import dev.flaskspring.Flask;
import dev.flaskspring.MethodView;
import dev.flaskspring.ViewArgs;
import dev.flaskspring.ViewDecorator;
import dev.flaskspring.ctx.RequestContext;
import dev.flaskspring.testing.FlaskClient;
import dev.flaskspring.testing.TestRequest;
import dev.flaskspring.testing.TestResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The view decorators and the template context; ported from Flask-Login's {@code tests/test_login.py}
 * ({@code LoginTestCase}'s view decorators and misc, {@code MethodViewLoginTestCase}).
 */
@ExtendWith(NoLeakedContexts.class)
class LoginRequiredTests {

    final LoginTestApp fixture = new LoginTestApp();
    final Flask app = fixture.app;
    final FlaskClient c = app.testClient();

    // Flask-Login: tests/test_login.py::LoginTestCase::test_login_required_decorator
    @Test
    void loginRequiredDecorator() {
        app.route("/protected", "protected", Login.loginRequired().decorate(args -> "Access Granted"));
        assertThat(c.get("/protected").statusCode()).isEqualTo(401);
        c.get("/login-notch");
        assertThat(c.get("/protected").text()).contains("Access Granted");
    }

    // Flask-Login: tests/test_login.py::LoginTestCase::test_login_required_decorator_with_async
    @Test
    void loginRequiredDecoratorWithAsync() {
        app.route("/protected", "protected",
                Login.loginRequired().decorate(args -> CompletableFuture.supplyAsync(() -> "Access Granted")));
        app.config().put("LOGIN_DISABLED", true);
        assertThat(c.get("/protected").statusCode()).isEqualTo(200);
        app.config().put("LOGIN_DISABLED", false);
        assertThat(c.get("/protected").statusCode()).isEqualTo(401);
        c.get("/login-notch");
        assertThat(c.get("/protected").statusCode()).isEqualTo(200);
        c.get("/login-notch");
        assertThat(c.get("/protected").text()).contains("Access Granted");
    }

    // Flask-Login: tests/test_login.py::LoginTestCase::test_decorators_are_disabled
    @Test
    void decoratorsAreDisabled() {
        ViewDecorator both = Login.loginRequired().compose(Login.freshLoginRequired());
        app.route("/protected", "protected", both.decorate(args -> "Access Granted"));
        app.config().put("LOGIN_DISABLED", true);
        assertThat(c.get("/protected").text()).contains("Access Granted");
    }

    // Flask-Login: tests/test_login.py::LoginTestCase::test_fresh_login_required_decorator
    @Test
    void freshLoginRequiredDecorator() {
        app.route("/very-protected", "very_protected", Login.freshLoginRequired().decorate(args -> "Access Granted"));
        assertThat(c.get("/very-protected").statusCode()).isEqualTo(401);

        c.get("/login-notch-remember");
        assertThat(c.get("/very-protected").text()).isEqualTo("Access Granted");

        deleteSession(c);
        assertThat(c.get("/very-protected").statusCode()).isEqualTo(401);

        c.get("/confirm-login");
        assertThat(c.get("/very-protected").text()).isEqualTo("Access Granted");
    }

    // Flask-Login: tests/test_login.py::LoginTestCase::test_user_context_processor
    @Test
    void userContextProcessor() {
        try (RequestContext ctx = app.testRequestContext("/")) {
            Map<String, Object> context = app.updateTemplateContext(Map.of());
            assertThat(context.get("current_user")).isInstanceOf(AnonymousUserMixin.class);
        }
    }

    /** A view answering GET and OPTIONS itself, behind both decorators; {@code MethodViewLoginTestCase}'s. */
    public static class SecretEndpoint extends MethodView {
        @Override
        public List<ViewDecorator> decorators() {
            return List.of(Login.loginRequired(), Login.freshLoginRequired());
        }

        public Object options(ViewArgs args) {
            return "";
        }

        public Object get(ViewArgs args) {
            return "";
        }
    }

    // Flask-Login: tests/test_login.py::MethodViewLoginTestCase::test_options_call_exempt
    @Test
    void optionsCallExempt() {
        Flask plain = new Flask("method_view");
        new LoginManager().initApp(plain);
        plain.config().put("LOGIN_DISABLED", false);
        plain.addUrlRule("/secret", "secret", MethodView.asView("secret", SecretEndpoint::new));
        TestResponse result = plain.testClient().open(TestRequest.options("/secret"));
        assertThat(result.statusCode()).isEqualTo(200);
    }

    @Test
    void optionsRequestsPassWithoutALogin() {
        app.route("/protected", "protected", java.util.Set.of("GET", "OPTIONS"),
                Login.loginRequired().decorate(args -> "Options answered by the view"));
        assertThat(c.options("/protected").text()).isEqualTo("Options answered by the view");
        assertThat(c.get("/protected").statusCode()).isEqualTo(401);
    }
}
