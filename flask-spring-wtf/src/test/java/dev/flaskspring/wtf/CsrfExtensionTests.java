package dev.flaskspring.wtf;

import static dev.flaskspring.Globals.g;
import static dev.flaskspring.Globals.renderTemplateString;
import static dev.flaskspring.Globals.request;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.flaskspring.Blueprint;
import dev.flaskspring.Flask;
import dev.flaskspring.testing.FlaskClient;
import dev.flaskspring.testing.TestRequest;
import dev.flaskspring.testing.TestResponse;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;

/**
 * Flask-WTF's {@code tests/test_csrf_extension.py}. Its {@code {{ csrf_token() }}} and {@code {{ csrf_meta_tag() }}}
 * are Jinja; the Mustache engine of these tests writes them {@code {{csrf_token}}} and {@code {{csrf_meta_tag}}}.
 */
@ExtendWith(NoLeakedContexts.class)
class CsrfExtensionTests {

    private static final Set<String> GET_POST = Set.of("GET", "POST");

    final Flask app = CsrfTestApps.flask();
    final CSRFProtect csrf = new CSRFProtect();
    final FlaskClient client;

    CsrfExtensionTests() {
        csrf.initApp(app);
        app.route("/", "index", GET_POST, args -> "");
        app.afterRequest(response -> {
            response.headers().set("X-CSRF-Token", CSRFProtect.generateCsrf());
            return response;
        });
        client = app.testClient();
    }

    // Flask-WTF: tests/test_csrf_extension.py::test_render_token
    @Test
    void renderToken() {
        try (var ctx = app.testRequestContext("/")) {
            String token = CSRFProtect.generateCsrf();
            assertThat(renderTemplateString("{{csrf_token}}")).isEqualTo(token);
        }
    }

    // Flask-WTF: tests/test_csrf_extension.py::test_csrf_meta_tag_default
    @Test
    void csrfMetaTagDefault() {
        try (var ctx = app.testRequestContext("/")) {
            String token = CSRFProtect.generateCsrf();
            assertThat(CSRFProtect.csrfMetaTag().html())
                    .isEqualTo("<meta name=\"csrf-token\" content=\"" + token + "\">");
        }
    }

    // Flask-WTF: tests/test_csrf_extension.py::test_csrf_meta_tag_custom_name_param
    @Test
    void csrfMetaTagCustomNameParam() {
        try (var ctx = app.testRequestContext("/")) {
            String token = CSRFProtect.generateCsrf();
            assertThat(CSRFProtect.csrfMetaTag("x-csrf").html())
                    .isEqualTo("<meta name=\"x-csrf\" content=\"" + token + "\">");
        }
    }

    // Flask-WTF: tests/test_csrf_extension.py::test_csrf_meta_tag_config
    @Test
    void csrfMetaTagConfig() {
        app.config().put("WTF_CSRF_META_NAME", "authenticity-token");
        try (var ctx = app.testRequestContext("/")) {
            String token = CSRFProtect.generateCsrf();
            assertThat(CSRFProtect.csrfMetaTag().html())
                    .isEqualTo("<meta name=\"authenticity-token\" content=\"" + token + "\">");
        }
    }

    // Flask-WTF: tests/test_csrf_extension.py::test_csrf_meta_tag_param_overrides_config
    @Test
    void csrfMetaTagParamOverridesConfig() {
        app.config().put("WTF_CSRF_META_NAME", "from-config");
        try (var ctx = app.testRequestContext("/")) {
            String token = CSRFProtect.generateCsrf();
            assertThat(CSRFProtect.csrfMetaTag("from-param").html())
                    .isEqualTo("<meta name=\"from-param\" content=\"" + token + "\">");
        }
    }

    // Flask-WTF: tests/test_csrf_extension.py::test_csrf_meta_tag_jinja
    @Test
    void csrfMetaTagJinja() {
        try (var ctx = app.testRequestContext("/")) {
            String token = CSRFProtect.generateCsrf();
            assertThat(renderTemplateString("{{csrf_meta_tag}}"))
                    .isEqualTo("<meta name=\"csrf-token\" content=\"" + token + "\">");
        }
    }

    // Flask-WTF: tests/test_csrf_extension.py::test_csrf_meta_tag_escapes_name
    @Test
    void csrfMetaTagEscapesName() {
        try (var ctx = app.testRequestContext("/")) {
            String token = CSRFProtect.generateCsrf();
            String rendered = CSRFProtect.csrfMetaTag("\"><script>alert(1)</script>").html();
            assertThat(rendered).doesNotContain("<script>");
            assertThat(rendered).contains("content=\"" + token + "\"");
        }
    }

    // Flask-WTF: tests/test_csrf_extension.py::test_protect
    @Test
    void protect() {
        TestResponse response = client.post("/");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.text()).contains("The CSRF token is missing.");

        app.config().put("WTF_CSRF_ENABLED", false);
        assertThat(client.post("/").text()).isEmpty();
        app.config().put("WTF_CSRF_ENABLED", true);

        app.config().put("WTF_CSRF_CHECK_DEFAULT", false);
        assertThat(client.post("/").text()).isEmpty();
        app.config().put("WTF_CSRF_CHECK_DEFAULT", true);

        assertThat(client.options("/").statusCode()).isEqualTo(200);
        assertThat(client.post("/not-found").statusCode()).isEqualTo(404);

        response = client.get("/");
        assertThat(response.statusCode()).isEqualTo(200);
        String token = response.header("X-CSRF-Token");
        assertThat(client.post("/", Map.of("csrf_token", token)).statusCode()).isEqualTo(200);
        assertThat(client.post("/", Map.of("prefix-csrf_token", token)).statusCode()).isEqualTo(200);
        assertThat(client.post("/", Map.of("prefix-csrf_token", "")).statusCode()).isEqualTo(400);
        assertThat(client.open(TestRequest.post("/").header("X-CSRF-Token", token)).statusCode()).isEqualTo(200);
    }

    // Flask-WTF: tests/test_csrf_extension.py::test_same_origin
    @Test
    void sameOrigin() {
        String token = client.get("/").header("X-CSRF-Token");
        TestResponse response = client.open(TestRequest.post("/").baseUrl("https://localhost")
                .header("X-CSRF-Token", token));
        assertThat(response.text()).contains("The referrer header is missing.");

        response = client.open(TestRequest.post("/").baseUrl("https://localhost").header("X-CSRF-Token", token)
                .header("Referer", "http://localhost/"));
        assertThat(response.text()).contains("The referrer does not match the host.");

        response = client.open(TestRequest.post("/").baseUrl("https://localhost").header("X-CSRF-Token", token)
                .header("Referer", "https://other/"));
        assertThat(response.text()).contains("The referrer does not match the host.");

        response = client.open(TestRequest.post("/").baseUrl("https://localhost").header("X-CSRF-Token", token)
                .header("Referer", "https://localhost:8080/"));
        assertThat(response.text()).contains("The referrer does not match the host.");

        response = client.open(TestRequest.post("/").baseUrl("https://localhost").header("X-CSRF-Token", token)
                .header("Referer", "https://localhost/"));
        assertThat(response.statusCode()).isEqualTo(200);
    }

    // Flask-WTF: tests/test_csrf_extension.py::test_form_csrf_short_circuit
    // Only the CSRFProtect half: the view's FlaskForm(None).validate() needs WTForms, which has no Java twin here.
    @Test
    void formCsrfShortCircuit() {
        app.route("/skip", "skip", Set.of("POST"), args -> {
            assertThat(g().get("csrf_valid")).isEqualTo(true);
            return "";
        });
        String token = client.get("/").header("X-CSRF-Token");
        TestResponse response = client.open(TestRequest.post("/skip").header("X-CSRF-Token", token));
        assertThat(response.statusCode()).isEqualTo(200);
    }

    // Flask-WTF: tests/test_csrf_extension.py::test_exempt_view
    @Test
    void exemptView() {
        app.route("/exempt", "exempt", Set.of("POST"), args -> "");
        csrf.exempt("exempt");

        TestResponse response = client.post("/exempt");
        assertThat(response.statusCode()).isEqualTo(200);

        csrf.exempt("index");
        response = client.post("/");
        assertThat(response.statusCode()).isEqualTo(200);
    }

    // Flask-WTF: tests/test_csrf_extension.py::test_manual_protect
    @Test
    void manualProtect() {
        app.route("/manual", "manual", GET_POST, args -> {
            csrf.protect();
            return "";
        });
        csrf.exempt("manual");

        TestResponse response = client.get("/manual");
        assertThat(response.statusCode()).isEqualTo(200);

        response = client.post("/manual");
        assertThat(response.statusCode()).isEqualTo(400);
    }

    // Flask-WTF: tests/test_csrf_extension.py::test_protect_apply_exemptions
    @Test
    void protectApplyExemptions() {
        app.config().put("WTF_CSRF_CHECK_DEFAULT", false);
        app.beforeRequest(() -> {
            if (request().headers().get("Authorization", "").startsWith("Bearer ")) {
                return null;
            }
            csrf.protect(true);
            return null;
        });
        app.route("/api", "api", Set.of("POST"), args -> "");
        app.route("/webhook", "webhook", Set.of("POST"), args -> "");
        csrf.exempt("webhook");

        Blueprint bp = new Blueprint("public", "/public");
        csrf.exempt(bp);
        bp.route("/", "public", Set.of("POST"), args -> "");
        app.registerBlueprint(bp);

        assertThat(client.post("/api").statusCode()).isEqualTo(400);
        assertThat(client.open(TestRequest.post("/api").header("Authorization", "Bearer x")).statusCode())
                .isEqualTo(200);
        assertThat(client.post("/webhook").statusCode()).isEqualTo(200);
        assertThat(client.post("/public/").statusCode()).isEqualTo(200);
        assertThat(client.post("/missing").statusCode()).isEqualTo(404);
    }

    // Flask-WTF: tests/test_csrf_extension.py::test_exempt_blueprint
    @Test
    void exemptBlueprint() {
        Blueprint bp = new Blueprint("exempt", "/exempt");
        csrf.exempt(bp);
        bp.route("/", "index", Set.of("POST"), args -> "");
        app.registerBlueprint(bp);

        TestResponse response = client.post("/exempt/");
        assertThat(response.statusCode()).isEqualTo(200);
    }

    // Flask-WTF: tests/test_csrf_extension.py::test_exempt_nested_blueprint
    @Test
    void exemptNestedBlueprint() {
        Blueprint bp1 = new Blueprint("exempt1", "/");
        Blueprint bp2 = new Blueprint("exempt2", "/exempt");
        csrf.exempt(bp2);
        bp2.route("/", "index", Set.of("POST"), args -> "");
        bp1.registerBlueprint(bp2);
        app.registerBlueprint(bp1);

        TestResponse response = client.post("/exempt/");
        assertThat(response.statusCode()).isEqualTo(200);
    }

    // Flask-WTF: tests/test_csrf_extension.py::test_error_handler
    @Test
    void errorHandler() {
        app.errorHandler(CSRFError.class, e -> e.description().toLowerCase(java.util.Locale.ROOT));

        TestResponse response = client.post("/");
        assertThat(response.text()).isEqualTo("the csrf token is missing.");
    }

    // Flask-WTF: tests/test_csrf_extension.py::test_validate_error_logged
    @Test
    void validateErrorLogged() {
        Logger logger = (Logger) LoggerFactory.getLogger(CSRFProtect.class);
        ListAppender<ILoggingEvent> messages = new ListAppender<>();
        messages.start();
        logger.addAppender(messages);
        try {
            client.post("/");
        } finally {
            logger.detachAppender(messages);
        }
        assertThat(messages.list).hasSize(1);
        assertThat(messages.list.get(0).getLevel()).isEqualTo(Level.INFO);
        assertThat(messages.list.get(0).getFormattedMessage()).isEqualTo("The CSRF token is missing.");
    }
}
