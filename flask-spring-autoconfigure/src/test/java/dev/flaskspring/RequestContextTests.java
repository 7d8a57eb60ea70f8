package dev.flaskspring;

import static dev.flaskspring.Globals.copyCurrentRequestContext;
import static dev.flaskspring.Globals.currentApp;
import static dev.flaskspring.Globals.hasRequestContext;
import static dev.flaskspring.Globals.request;
import static dev.flaskspring.Globals.session;
import static dev.flaskspring.Globals.urlFor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flaskspring.ctx.RequestContext;
import dev.flaskspring.sessions.SecureCookieSessionInterface;
import dev.flaskspring.sessions.Session;
import dev.flaskspring.sessions.SessionInterface;
import dev.flaskspring.testing.FlaskClient;
import dev.flaskspring.testing.TestRequest;
import dev.flaskspring.wrappers.Request;
import dev.flaskspring.wrappers.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

/**
 * The request context; ported from Flask's {@code tests/test_reqctx.py}.
 * <p>The greenlet tests become the same checks on another thread; {@code test_bad_environ_raises_bad_request}
 * sends a Host header Java's IDNA rejects.
 */
class RequestContextTests {

    final Flask app = TestApps.flask();

    // Flask: tests/test_reqctx.py::test_teardown_on_pop
    @Test
    void teardownOnPop() {
        List<Throwable> buffer = new ArrayList<>();
        app.teardownRequest(buffer::add);
        RequestContext ctx = app.testRequestContext("/");
        assertThat(buffer).isEmpty();
        ctx.pop(null);
        assertThat(buffer).containsExactly((Throwable) null);
    }

    // Flask: tests/test_reqctx.py::test_teardown_with_handled_exception
    @Test
    void teardownWithHandledException() {
        List<Throwable> buffer = new ArrayList<>();
        app.teardownRequest(buffer::add);
        try (var ctx = app.testRequestContext("/")) {
            assertThat(buffer).isEmpty();
            try {
                throw new IllegalStateException("dummy");
            } catch (IllegalStateException ignored) {
                // handled
            }
        }
        assertThat(buffer).containsExactly((Throwable) null);
    }

    // Flask: tests/test_reqctx.py::test_proper_test_request_context
    @Test
    void properTestRequestContext() {
        app.config().put("SERVER_NAME", "localhost.localdomain:5000");
        app.route("/", "index", args -> null);
        app.route("/", "sub", RuleOptions.builder().subdomain("foo").build(), args -> null);
        try (var ctx = app.testRequestContext("/")) {
            assertThat(urlFor("index", "_external", true)).isEqualTo("http://localhost.localdomain:5000/");
        }
        try (var ctx = app.testRequestContext("/")) {
            assertThat(urlFor("sub", "_external", true)).isEqualTo("http://foo.localhost.localdomain:5000/");
        }
        try (var ctx = app.testRequestContext(TestRequest.get("/").header("Host", "localhost"))) {
            assertThat(request().host()).isEqualTo("localhost");
        }
    }

    // Flask: tests/test_reqctx.py::test_context_binding
    @Test
    void contextBinding() {
        View index = args -> "Hello " + request().args().require("name") + "!";
        View meh = args -> request().url();
        try (var ctx = app.testRequestContext("/?name=World")) {
            assertThat(index.call(new ViewArgs())).isEqualTo("Hello World!");
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        try (var ctx = app.testRequestContext("/meh")) {
            assertThat(meh.call(new ViewArgs())).isEqualTo("http://localhost/meh");
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        assertThat(hasRequestContext()).isFalse();
    }

    // Flask: tests/test_reqctx.py::test_context_test
    @Test
    void contextTest() {
        assertThat(hasRequestContext()).isFalse();
        RequestContext ctx = app.testRequestContext("/");
        try {
            assertThat(request()).isNotNull();
            assertThat(hasRequestContext()).isTrue();
        } finally {
            ctx.pop(null);
        }
    }

    // Flask: tests/test_reqctx.py::test_manual_context_binding
    @Test
    void manualContextBinding() throws Exception {
        View index = args -> "Hello " + request().args().require("name") + "!";
        RequestContext ctx = app.testRequestContext("/?name=World");
        assertThat(index.call(new ViewArgs())).isEqualTo("Hello World!");
        ctx.pop(null);
        assertThatThrownBy(() -> index.call(new ViewArgs())).isInstanceOf(IllegalStateException.class);
    }

    // Flask: tests/test_reqctx.py::TestGreenletContextCopying::test_greenlet_context_copying (on a thread)
    @Test
    void contextCopyingToAnotherThread() throws Exception {
        List<Callable<Integer>> tasks = new ArrayList<>();
        app.route("/", "index", args -> {
            session().put("fizz", "buzz");
            RequestContext reqctx = RequestContext.current().copy();
            tasks.add(() -> {
                assertThat(hasRequestContext()).isFalse();
                try (var pushed = reqctx.push()) {
                    assertThat(currentApp()).isSameAs(app);
                    assertThat(request().path()).isEqualTo("/");
                    assertThat(request().args().get("foo")).isEqualTo("bar");
                    assertThat(session().get("fizz")).isEqualTo("buzz");
                }
                assertThat(hasRequestContext()).isFalse();
                return 42;
            });
            return "Hello World!";
        });
        assertThat(app.testClient().get("/?foo=bar").text()).isEqualTo("Hello World!");
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            assertThat(pool.submit(tasks.get(0)).get()).isEqualTo(42);
        } finally {
            pool.shutdown();
        }
    }

    // Flask: tests/test_reqctx.py::TestGreenletContextCopying::test_greenlet_context_copying_api (on a thread)
    @Test
    void copyCurrentRequestContextApi() throws Exception {
        List<Callable<Integer>> tasks = new ArrayList<>();
        app.route("/", "index", args -> {
            session().put("fizz", "buzz");
            tasks.add(copyCurrentRequestContext(() -> {
                assertThat(currentApp()).isSameAs(app);
                assertThat(request().path()).isEqualTo("/");
                assertThat(request().args().get("foo")).isEqualTo("bar");
                assertThat(session().get("fizz")).isEqualTo("buzz");
                return 42;
            }));
            return "Hello World!";
        });
        assertThat(app.testClient().get("/?foo=bar").text()).isEqualTo("Hello World!");
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            assertThat(pool.submit(tasks.get(0)).get()).isEqualTo(42);
        } finally {
            pool.shutdown();
        }
    }

    static class SessionError extends RuntimeException {
    }

    // Flask: tests/test_reqctx.py::test_session_error_pops_context
    @Test
    void sessionErrorPopsContext() {
        Flask custom = new Flask("custom");
        custom.sessionInterface(new SessionInterface() {
            @Override
            public Session openSession(Flask app, Request request) {
                throw new SessionError();
            }

            @Override
            public void saveSession(Flask app, Session session, Response response) {
            }
        });
        custom.route("/", "index", args -> session().get("x"));
        assertThat(custom.testClient().get("/").statusCode()).isEqualTo(500);
        assertThat(hasRequestContext()).isFalse();
        assertThat(Globals.hasAppContext()).isFalse();
    }

    // Flask: tests/test_reqctx.py::test_session_dynamic_cookie_name
    @Test
    void sessionDynamicCookieName() {
        Flask custom = new Flask("custom");
        custom.sessionInterface(new SecureCookieSessionInterface() {
            @Override
            public String getCookieName(Flask app) {
                return request().url().endsWith("dynamic_cookie") ? "dynamic_cookie_name" : super.getCookieName(app);
            }
        });
        custom.config().put("SECRET_KEY", "secret_key");
        View set = args -> {
            session().put("value", request().form().require("value"));
            return "value set";
        };
        View get = args -> String.valueOf(session().getOrDefault("value", "None"));
        custom.route("/set", "set", java.util.Set.of("POST"), set);
        custom.route("/get", "get", get);
        custom.route("/set_dynamic_cookie", "set_dynamic_cookie", java.util.Set.of("POST"), set);
        custom.route("/get_dynamic_cookie", "get_dynamic_cookie", get);
        FlaskClient c = custom.testClient();
        assertThat(c.post("/set", Map.of("value", "42")).text()).isEqualTo("value set");
        assertThat(c.post("/set_dynamic_cookie", Map.of("value", "616")).text()).isEqualTo("value set");
        assertThat(c.get("/get").text()).isEqualTo("42");
        assertThat(c.get("/get_dynamic_cookie").text()).isEqualTo("616");
    }

    // Flask: tests/test_reqctx.py::test_bad_environ_raises_bad_request
    @Test
    void badEnvironRaisesBadRequest() {
        Flask plain = new Flask("plain");
        plain.route("/", "index", args -> "Hello World!");
        var rv = plain.testClient().open(TestRequest.get("/").header("Host", "\u008a"));
        assertThat(rv.statusCode()).isEqualTo(400);
    }

    // Flask: tests/test_reqctx.py::test_environ_for_valid_idna_completes
    @Test
    void environForValidIdnaCompletes() {
        Flask plain = new Flask("plain");
        plain.route("/", "index", args -> "Hello World!");
        var rv = plain.testClient().open(TestRequest.get("/").header("Host", "ąśźäüжŠßя.com"));
        assertThat(rv.statusCode()).isEqualTo(200);
    }

    // Flask: tests/test_reqctx.py::test_normal_environ_completes
    @Test
    void normalEnvironCompletes() {
        Flask plain = new Flask("plain");
        plain.route("/", "index", args -> "Hello World!");
        assertThat(plain.testClient().open(TestRequest.get("/").header("host", "xn--on-0ia.com")).statusCode())
                .isEqualTo(200);
    }
}
