package dev.flaskspring;

import static dev.flaskspring.Globals.g;
import static dev.flaskspring.Globals.request;
import static dev.flaskspring.Globals.session;
import static org.assertj.core.api.Assertions.assertThat;

import dev.flaskspring.testing.FlaskClient;
import dev.flaskspring.wrappers.Response;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Views that answer later (a {@code CompletionStage} or a {@code Callable}); ported from Flask's
 * {@code tests/test_async.py}, where they are {@code async def} views. The test client awaits them in place,
 * as Flask's {@code async_to_sync}; a real server finishes them through Spring MVC's async support.
 */
class AsyncTests {

    static class AppError extends RuntimeException {
    }

    static class BlueprintError extends RuntimeException {
    }

    /** Flask's {@code AsyncView}: the body runs later, inside the request context. */
    public static class AsyncView extends FlaskView {
        @Override
        public Set<String> methods() {
            return Set.of("GET", "POST");
        }

        @Override
        public Object dispatchRequest(ViewArgs args) {
            return (Callable<Object>) () -> request().method();
        }
    }

    /** Flask's {@code AsyncMethodView}. */
    public static class AsyncMethodView extends MethodView {
        public Object get(ViewArgs args) {
            return CompletableFuture.supplyAsync(() -> "GET");
        }

        public Object post(ViewArgs args) {
            return CompletableFuture.supplyAsync(() -> "POST");
        }
    }

    static Flask asyncApp() {
        Flask app = new Flask("flask_test");
        View index = args -> (Callable<Object>) () -> request().method();
        app.route("/", "index", Set.of("GET", "POST"), index);
        app.route("/home", "index", Set.of("GET", "POST"), index);
        app.errorHandler(AppError.class, e -> CompletableFuture.supplyAsync(() -> new Response("", 412)));
        app.route("/error", "error", args -> CompletableFuture.failedFuture(new AppError()));

        Blueprint blueprint = new Blueprint("bp");
        blueprint.route("/", "bp_index", Set.of("GET", "POST"), args -> {
            String method = request().method();
            return CompletableFuture.supplyAsync(() -> method);
        });
        blueprint.errorHandler(BlueprintError.class, e -> (Callable<Object>) () -> new Response("", 412));
        blueprint.route("/error", "bp_error", args -> (Callable<Object>) () -> {
            throw new BlueprintError();
        });
        app.registerBlueprint(blueprint, BlueprintOptions.builder().urlPrefix("/bp").build());

        app.addUrlRule("/view", "view", FlaskView.asView("view", AsyncView::new));
        app.addUrlRule("/methodview", "methodview", FlaskView.asView("methodview", AsyncMethodView::new));
        return app;
    }

    // Flask: tests/test_async.py::test_async_route
    @ParameterizedTest
    @ValueSource(strings = {"/", "/home", "/bp/", "/view", "/methodview"})
    void asyncRoute(String path) {
        FlaskClient client = asyncApp().testClient();
        assertThat(client.get(path).text()).contains("GET");
        assertThat(client.post(path).text()).contains("POST");
    }

    // Flask: tests/test_async.py::test_async_error_handler
    @ParameterizedTest
    @ValueSource(strings = {"/error", "/bp/error"})
    void asyncErrorHandler(String path) {
        assertThat(asyncApp().testClient().get(path).statusCode()).isEqualTo(412);
    }

    // Flask: tests/test_async.py::test_async_before_after_request
    @Test
    void asyncBeforeAfterRequest() {
        List<String> called = new CopyOnWriteArrayList<>();
        Flask app = new Flask("flask_test");
        app.route("/", "index", args -> "");
        app.beforeRequest(() -> CompletableFuture.runAsync(() -> called.add("app_before")));
        app.afterRequest(response -> {
            called.add("app_after");
            return response;
        });
        Blueprint blueprint = new Blueprint("bp");
        blueprint.route("/", "bp_index", args -> "");
        blueprint.beforeRequest(() -> (Callable<Object>) () -> {
            called.add("bp_before");
            return null;
        });
        blueprint.afterRequest(response -> {
            called.add("bp_after");
            return response;
        });
        app.registerBlueprint(blueprint, BlueprintOptions.builder().urlPrefix("/bp").build());

        FlaskClient client = app.testClient();
        assertThat(client.get("/").statusCode()).isEqualTo(200);
        assertThat(called).containsExactly("app_before", "app_after");
        assertThat(client.get("/bp/").statusCode()).isEqualTo(200);
        assertThat(called).containsExactly("app_before", "app_after", "app_before", "bp_before", "bp_after",
                "app_after");
    }

    @Test
    void anAsyncBeforeRequestAnswerIsTheResponse() {
        Flask app = new Flask("flask_test");
        app.route("/", "index", args -> "view");
        app.beforeRequest(() -> CompletableFuture.supplyAsync(() -> "early"));
        assertThat(app.testClient().get("/").text()).isEqualTo("early");
    }

    @Test
    void aRealServerReleasesTheThreadAndFinishesInTheRequestContext() throws Exception {
        Flask app = new Flask("served");
        app.config().put("SECRET_KEY", "async key");
        List<String> events = new CopyOnWriteArrayList<>();
        app.beforeRequest(() -> {
            g().put("token", request().args().get("t"));
            return null;
        });
        app.route("/later", "later", args -> {
            String servletThread = Thread.currentThread().getName();
            CompletableFuture<Object> later = new CompletableFuture<>();
            CompletableFuture.delayedExecutor(50, TimeUnit.MILLISECONDS).execute(() -> later.complete("done"));
            return later.thenApply(v -> v + " after " + servletThread);
        });
        app.route("/callable", "callable", args -> (Callable<Object>) () -> {
            session().put("seen", g().get("token"));
            return request().path() + " " + g().get("token") + " on " + Thread.currentThread().getName();
        });
        app.route("/fails", "fails", args -> CompletableFuture.failedFuture(new IllegalStateException("boom")));
        app.afterRequest(response -> {
            response.headers().set("X-Token", String.valueOf(g().get("token")));
            return response;
        });
        app.teardownRequest(error -> events.add("teardown " + request().path()));

        HttpClient http = HttpClient.newHttpClient();
        try (FlaskServer server = app.start("127.0.0.1", 0)) {
            String base = "http://127.0.0.1:" + server.port();
            HttpResponse<String> rv = http.send(HttpRequest.newBuilder(URI.create(base + "/later?t=a")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(rv.statusCode()).isEqualTo(200);
            assertThat(rv.body()).startsWith("done after ");
            assertThat(rv.headers().firstValue("X-Token")).hasValue("a");

            rv = http.send(HttpRequest.newBuilder(URI.create(base + "/callable?t=b")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(rv.body()).startsWith("/callable b on flask-async-");
            assertThat(rv.headers().firstValue("X-Token")).hasValue("b");
            assertThat(rv.headers().firstValue("Set-Cookie")).hasValueSatisfying(c -> c.startsWith("session="));

            rv = http.send(HttpRequest.newBuilder(URI.create(base + "/fails?t=c")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(rv.statusCode()).isEqualTo(500);
            assertThat(rv.body()).contains("Internal Server Error").doesNotContain("boom");
        }
        assertThat(events).containsExactly("teardown /later", "teardown /callable", "teardown /fails");
    }
}
