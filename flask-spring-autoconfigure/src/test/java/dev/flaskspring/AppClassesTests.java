package dev.flaskspring;

import static dev.flaskspring.Globals.jsonify;
import static dev.flaskspring.Globals.makeResponse;
import static dev.flaskspring.Globals.redirect;
import static dev.flaskspring.Globals.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flaskspring.exceptions.UnprocessableEntity;
import dev.flaskspring.testing.FlaskClient;
import dev.flaskspring.testing.TestRequest;
import dev.flaskspring.wrappers.Request;
import dev.flaskspring.wrappers.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Pluggable request and response classes ({@code AppOptions.requestClass} / {@code responseClass}, Flask's
 * {@code request_class} / {@code response_class}) and {@code Request.onJsonLoadingFailed}.
 * <p>Flask's own tests use a custom class only in {@code test_response_types} (ported in {@code ResponseTests});
 * these follow the subclassing pattern of Flask's docs ({@code docs/patterns/subclassing.rst}).
 */
@ExtendWith(NoLeakedContexts.class)
class AppClassesTests {

    /** A request class that counts its failures and answers malformed JSON with a value. */
    public static class LenientRequest extends Request {
        static final AtomicInteger FAILURES = new AtomicInteger();

        public LenientRequest() {
        }

        @Override
        public Object onJsonLoadingFailed(RuntimeException e) {
            FAILURES.incrementAndGet();
            return e == null ? Map.of("error", "not json") : Map.of("error", "malformed");
        }
    }

    /** A request class that turns malformed JSON into a 422. */
    public static class StrictRequest extends Request {
        public StrictRequest() {
        }

        @Override
        public Object onJsonLoadingFailed(RuntimeException e) {
            throw new UnprocessableEntity("The body must be JSON.");
        }
    }

    /** A response class that marks each response it makes. */
    public static class MarkedResponse extends Response {
        public MarkedResponse(Object body) {
            this(body, 200);
        }

        public MarkedResponse(Object body, int status) {
            super(body, status);
            headers().set("X-Marked", "yes");
        }
    }

    /** A request class the app cannot make: no no-argument constructor. */
    public static class NeedsArguments extends Request {
        public NeedsArguments(String unused) {
        }
    }

    /** A response class the app cannot make: no {@code (Object, int)} constructor. */
    public static class BodyOnlyResponse extends Response {
        public BodyOnlyResponse(Object body) {
            super(body);
        }
    }

    private static Flask appWith(AppOptions options) {
        Flask app = new Flask("flask_test", options);
        app.config().put("TESTING", true);
        app.config().put("SECRET_KEY", "test key");
        return app;
    }

    private static TestRequest postJson(String body) {
        return TestRequest.post("/json").data(body).contentType("application/json");
    }

    @Test
    void everyRequestAndEveryHookSeesTheRequestClass() {
        Flask app = appWith(AppOptions.builder().requestClass(LenientRequest.class).build());
        List<Class<?>> seen = new ArrayList<>();
        app.beforeRequest(() -> {
            seen.add(request().getClass());
            return null;
        });
        app.route("/", "index", args -> request().getClass().getSimpleName());
        assertThat(app.testClient().get("/?a=1").text()).isEqualTo("LenientRequest");
        assertThat(seen).containsExactly(LenientRequest.class);
        assertThat(app.requestClass().type()).isEqualTo(LenientRequest.class);
    }

    @Test
    void aTestRequestContextMakesTheRequestClassBoundToItsRequest() {
        Flask app = appWith(AppOptions.builder().requestClass(LenientRequest.class).build());
        try (var ctx = app.testRequestContext("/x?a=1")) {
            assertThat(request()).isInstanceOf(LenientRequest.class);
            assertThat(request().path()).isEqualTo("/x");
            assertThat(request().args().get("a")).isEqualTo("1");
        }
    }

    @Test
    void anOverriddenOnJsonLoadingFailedGivesItsValueForMalformedJson() {
        Flask app = appWith(AppOptions.builder().requestClass(LenientRequest.class).build());
        app.route("/json", "json", Set.of("POST"), args -> request().json());
        var rv = app.testClient().open(postJson("{not json"));
        assertThat(rv.statusCode()).isEqualTo(200);
        assertThat(rv.json()).isEqualTo(Map.of("error", "malformed"));
    }

    @Test
    void anOverriddenOnJsonLoadingFailedIsCalledWithNullWhenTheBodyIsNotDeclaredJson() {
        Flask app = appWith(AppOptions.builder().requestClass(LenientRequest.class).build());
        app.route("/json", "json", Set.of("POST"), args -> request().json());
        var rv = app.testClient().open(TestRequest.post("/json").data("a=1").contentType("text/plain"));
        assertThat(rv.json()).isEqualTo(Map.of("error", "not json"));
    }

    @Test
    void theValueForMalformedJsonIsKeptForTheNextCallAsWerkzeugCachesIt() {
        Flask app = appWith(AppOptions.builder().requestClass(LenientRequest.class).build());
        app.route("/json", "json", Set.of("POST"), args -> {
            int before = LenientRequest.FAILURES.get();
            Object first = request().json();
            Object second = request().getJson(false, false);
            assertThat(second).isSameAs(first);
            return String.valueOf(LenientRequest.FAILURES.get() - before);
        });
        assertThat(app.testClient().open(postJson("[1,")).text()).isEqualTo("1");
    }

    @Test
    void silentLoadingGivesNullWithoutCallingTheOverride() {
        Flask app = appWith(AppOptions.builder().requestClass(LenientRequest.class).build());
        app.route("/json", "json", Set.of("POST"), args -> {
            int before = LenientRequest.FAILURES.get();
            Object silent = request().getJson(false, true);
            return silent + " " + (LenientRequest.FAILURES.get() - before);
        });
        assertThat(app.testClient().open(postJson("{")).text()).isEqualTo("null 0");
    }

    @Test
    void anOverriddenOnJsonLoadingFailedMayRaiseAnotherError() {
        Flask app = appWith(AppOptions.builder().requestClass(StrictRequest.class).build());
        app.route("/json", "json", Set.of("POST"), args -> request().json());
        var rv = app.testClient().open(postJson("{"));
        assertThat(rv.statusCode()).isEqualTo(422);
        assertThat(rv.text()).contains("The body must be JSON.");
    }

    @Test
    void theDefaultRequestAnswersMalformedJsonWith400AndAnotherTypeWith415() {
        Flask app = appWith(AppOptions.defaults());
        app.route("/json", "json", Set.of("POST"), args -> request().json());
        FlaskClient client = app.testClient();
        assertThat(client.open(postJson("{")).statusCode()).isEqualTo(400);
        assertThat(client.open(TestRequest.post("/json").data("{}").contentType("text/plain")).statusCode())
                .isEqualTo(415);
        assertThat(client.open(postJson("{\"a\": 1}")).json()).isEqualTo(Map.of("a", 1));
    }

    @Test
    void aRequestClassWithoutANoArgumentConstructorIsRefusedWhenTheAppIsMade() {
        assertThatThrownBy(() -> appWith(AppOptions.builder().requestClass(NeedsArguments.class).build()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("needs a public no-argument constructor");
    }

    @Test
    void viewReturnValuesBecomeTheResponseClass() {
        Flask app = appWith(AppOptions.builder().responseClass(MarkedResponse.class).build());
        app.route("/text", "text", args -> "Hello");
        app.route("/bytes", "bytes", args -> new byte[] {'h', 'i'});
        app.route("/dict", "dict", args -> Map.of("a", 1));
        FlaskClient client = app.testClient();
        for (String url : List.of("/text", "/bytes", "/dict")) {
            assertThat(client.get(url).header("X-Marked")).as(url).isEqualTo("yes");
        }
        assertThat(client.get("/dict").json()).isEqualTo(Map.of("a", 1));
    }

    @Test
    void jsonifyMakeResponseRedirectAndAutomaticOptionsUseTheResponseClass() {
        Flask app = appWith(AppOptions.builder().responseClass(MarkedResponse.class).build());
        app.route("/", "index", args -> "");
        try (var ctx = app.testRequestContext("/")) {
            assertThat(jsonify(Map.of("a", 1))).isInstanceOf(MarkedResponse.class);
            assertThat(makeResponse()).isInstanceOf(MarkedResponse.class);
            assertThat(makeResponse("x", 201)).isInstanceOf(MarkedResponse.class);
            assertThat(redirect("/elsewhere")).isInstanceOf(MarkedResponse.class);
        }
        var rv = app.testClient().options("/");
        assertThat(rv.header("X-Marked")).isEqualTo("yes");
        assertThat(rv.allow()).contains("GET", "HEAD", "OPTIONS");
    }

    @Test
    void theResponseClassMakesResponsesAsFlasksResponseClassIsCalled() {
        Flask app = appWith(AppOptions.builder().responseClass(MarkedResponse.class).build());
        Response rv = app.responseClass().create("Hello world", 400);
        assertThat(rv).isInstanceOf(MarkedResponse.class);
        assertThat(rv.statusCode()).isEqualTo(400);
        assertThat(rv.text()).isEqualTo("Hello world");
        assertThat(rv.mimetype()).isEqualTo("text/html");
    }

    @Test
    void aResponseClassWithoutABodyAndStatusConstructorIsRefusedWhenTheAppIsMade() {
        assertThatThrownBy(() -> appWith(AppOptions.builder().responseClass(BodyOnlyResponse.class).build()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("needs a public (Object body, int status) constructor");
    }
}
