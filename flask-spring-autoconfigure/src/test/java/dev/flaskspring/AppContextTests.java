package dev.flaskspring;

import static dev.flaskspring.Globals.currentApp;
import static dev.flaskspring.Globals.g;
import static dev.flaskspring.Globals.hasAppContext;
import static dev.flaskspring.Globals.jsonify;
import static dev.flaskspring.Globals.urlFor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flaskspring.ctx.AppContext;
import dev.flaskspring.ctx.RequestContext;
import dev.flaskspring.testing.FlaskClient;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The application context; ported from Flask's {@code tests/test_appctx.py}.
 * <p>Not ported: {@code test_custom_app_ctx_globals_class} (swaps {@code g}'s Python class; here
 * {@code g} is always a {@link dev.flaskspring.ctx.G}).
 */
class AppContextTests {

    final Flask app = TestApps.flask();
    final FlaskClient client = app.testClient();

    // Flask: tests/test_appctx.py::test_basic_url_generation
    @Test
    void basicUrlGeneration() {
        app.config().put("SERVER_NAME", "localhost");
        app.config().put("PREFERRED_URL_SCHEME", "https");
        app.route("/", "index", args -> "");
        try (var ctx = app.appContext()) {
            assertThat(urlFor("index")).isEqualTo("https://localhost/");
        }
    }

    // Flask: tests/test_appctx.py::test_url_generation_requires_server_name
    @Test
    void urlGenerationRequiresServerName() {
        try (var ctx = app.appContext()) {
            assertThatThrownBy(() -> urlFor("index")).isInstanceOf(IllegalStateException.class);
        }
    }

    // Flask: tests/test_appctx.py::test_url_generation_without_context_fails
    @Test
    void urlGenerationWithoutContextFails() {
        assertThatThrownBy(() -> urlFor("index")).isInstanceOf(IllegalStateException.class);
    }

    // Flask: tests/test_appctx.py::test_request_context_means_app_context
    @Test
    void requestContextMeansAppContext() {
        try (var ctx = app.testRequestContext("/")) {
            assertThat(currentApp()).isSameAs(app);
        }
        assertThat(hasAppContext()).isFalse();
    }

    // Flask: tests/test_appctx.py::test_app_context_provides_current_app
    @Test
    void appContextProvidesCurrentApp() {
        try (var ctx = app.appContext()) {
            assertThat(currentApp()).isSameAs(app);
        }
        assertThat(hasAppContext()).isFalse();
    }

    // Flask: tests/test_appctx.py::test_app_tearing_down
    @Test
    void appTearingDown() {
        List<Throwable> cleanup = new ArrayList<>();
        app.teardownAppcontext(cleanup::add);
        try (var ctx = app.appContext()) {
            assertThat(cleanup).isEmpty();
        }
        assertThat(cleanup).containsExactly((Throwable) null);
    }

    // Flask: tests/test_appctx.py::test_app_tearing_down_with_handled_exception_by_except_block
    @Test
    void appTearingDownWithHandledExceptionByExceptBlock() {
        List<Throwable> cleanup = new ArrayList<>();
        app.teardownAppcontext(cleanup::add);
        try (var ctx = app.appContext()) {
            try {
                throw new IllegalStateException("dummy");
            } catch (IllegalStateException ignored) {
                // handled inside the block
            }
        }
        assertThat(cleanup).containsExactly((Throwable) null);
    }

    // Flask: tests/test_appctx.py::test_app_tearing_down_with_handled_exception_by_app_handler
    @Test
    void appTearingDownWithHandledExceptionByAppHandler() {
        app.config().put("PROPAGATE_EXCEPTIONS", true);
        List<Throwable> cleanup = new ArrayList<>();
        app.teardownAppcontext(cleanup::add);
        app.route("/", "index", args -> {
            throw new Exception("dummy");
        });
        app.errorHandler(Exception.class, f -> jsonify(f.getMessage()));
        try (var ctx = app.appContext()) {
            client.get("/");
        }
        assertThat(cleanup).containsExactly((Throwable) null);
    }

    // Flask: tests/test_appctx.py::test_app_tearing_down_with_unhandled_exception
    @Test
    void appTearingDownWithUnhandledException() {
        app.config().put("PROPAGATE_EXCEPTIONS", true);
        List<Throwable> cleanup = new ArrayList<>();
        app.teardownAppcontext(cleanup::add);
        app.route("/", "index", args -> {
            throw new IllegalArgumentException("dummy");
        });
        AppContext ctx = app.appContext();
        assertThatThrownBy(() -> {
            try {
                client.get("/");
            } catch (IllegalArgumentException e) {
                ctx.pop(e);
                throw e;
            }
        }).isInstanceOf(IllegalArgumentException.class).hasMessage("dummy");
        assertThat(cleanup).hasSize(1);
        assertThat(cleanup.get(0)).isInstanceOf(IllegalArgumentException.class).hasMessage("dummy");
    }

    // Flask: tests/test_appctx.py::test_app_ctx_globals_methods
    @Test
    void appCtxGlobalsMethods() {
        try (var ctx = app.appContext()) {
            assertThat(g().get("foo")).isNull();
            assertThat(g().getOrDefault("foo", "bar")).isEqualTo("bar");
            assertThat(g()).doesNotContainKey("foo");
            g().put("foo", "bar");
            assertThat(g()).containsKey("foo");
            g().setdefault("bar", "the cake is a lie");
            g().setdefault("bar", "hello world");
            assertThat(g().get("bar")).isEqualTo("the cake is a lie");
            assertThat(g().pop("bar")).isEqualTo("the cake is a lie");
            assertThat(g().pop("bar")).isNull();
            assertThat(g().pop("bar", "more cake")).isEqualTo("more cake");
            assertThat(new ArrayList<>(g().keySet())).containsExactly("foo");
            assertThat(g().toString()).isEqualTo("<flask.g of 'flask_test'>");
        }
    }

    // Flask: tests/test_appctx.py::test_context_refcounts
    @Test
    void contextRefcounts() {
        List<String> called = new ArrayList<>();
        app.teardownRequest(error -> called.add("request"));
        app.teardownAppcontext(error -> called.add("app"));
        app.route("/", "index", args -> {
            AppContext appCtx = AppContext.current();
            RequestContext reqCtx = RequestContext.current();
            try (var a = appCtx.push(); var r = reqCtx.push()) {
                assertThat(called).isEmpty();
            }
            assertThat(Globals.request()).isNotNull();
            return "";
        });
        var res = client.get("/");
        assertThat(res.statusCode()).isEqualTo(200);
        assertThat(res.data()).isEmpty();
        assertThat(called).containsExactly("request", "app");
    }

    // Flask: tests/test_appctx.py::test_clean_pop
    @Test
    void cleanPop() {
        app.setTesting(false);
        List<String> called = new ArrayList<>();
        app.teardownRequest(error -> {
            throw new ArithmeticException();
        });
        app.teardownAppcontext(error -> called.add("TEARDOWN"));
        try (var ctx = app.appContext()) {
            called.add(currentApp().name());
        }
        assertThat(called).containsExactly("flask_test", "TEARDOWN");
        assertThat(hasAppContext()).isFalse();
    }
}
