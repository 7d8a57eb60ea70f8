package dev.flaskspring.annotation;

import static dev.flaskspring.Globals.abort;
import static dev.flaskspring.Globals.g;
import static dev.flaskspring.Globals.makeResponse;
import static dev.flaskspring.Globals.request;
import static dev.flaskspring.Globals.urlFor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flaskspring.Flask;
import dev.flaskspring.TestApps;
import dev.flaskspring.View;
import dev.flaskspring.ViewArgs;
import dev.flaskspring.ViewDecorator;
import dev.flaskspring.ctx.G;
import dev.flaskspring.exceptions.HTTPException;
import dev.flaskspring.testing.FlaskClient;
import dev.flaskspring.wrappers.Request;
import dev.flaskspring.wrappers.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Annotation-driven views: the annotated twins of the main blueprint and app cases. */
class AnnotatedViewsTests {

    final Flask app = TestApps.flask();
    final FlaskClient client = app.testClient();

    @Views
    static class AppViews {
        @Route("/")
        Object index() {
            return "index";
        }

        @Route(value = "/user/<int:id>", methods = {"GET", "POST"})
        Object user(int id, Request request) {
            return request.method() + " " + (id + 1);
        }

        @Get("/item/<uuid:key>/<path:rest>")
        Object item(UUID key, String rest, ViewArgs args) {
            return key + "|" + rest + "|" + args.size();
        }

        @Route(value = "/page/", defaults = "page=1", endpoint = "pages")
        Object firstPage(int page) {
            return "page " + page;
        }
    }

    @Test
    void appViewsAreRoutedWithParametersBoundByNameAndType() {
        AnnotatedViews.register(app, new AppViews());
        assertThat(client.get("/").text()).isEqualTo("index");
        assertThat(client.post("/user/41").text()).isEqualTo("POST 42");
        assertThat(client.get("/item/7eb41166-9ebf-4d26-b771-ea3f54f8b383/a/b").text())
                .isEqualTo("7eb41166-9ebf-4d26-b771-ea3f54f8b383|a/b|2");
        assertThat(client.get("/page/").text()).isEqualTo("page 1");
        try (var ctx = app.testRequestContext("/")) {
            assertThat(urlFor("pages")).isEqualTo("/page/");
            assertThat(urlFor("index")).isEqualTo("/");
        }
    }

    @Views
    static class Posts {
        @Get("/<int:id>/update")
        Object update(int id) {
            return "post " + id;
        }

        @Get("/wide/<int:id>")
        Object wide(long id) {
            return "post " + id;
        }

        @Get("/any/<int:id>")
        Object any(java.math.BigInteger id) {
            return "post " + id;
        }
    }

    @Test
    void anIntUrlValueThatDoesNotFitTheParameterIsNotFoundNeverAnotherNumber() {
        AnnotatedViews.register(app, new Posts());
        assertThat(client.get("/1/update").text()).isEqualTo("post 1");
        assertThat(client.get("/2147483647/update").text()).isEqualTo("post 2147483647");
        assertThat(client.get("/4294967297/update").statusCode()).isEqualTo(404);
        assertThat(client.get("/wide/4294967297").text()).isEqualTo("post 4294967297");
        assertThat(client.get("/wide/18446744073709551617").statusCode()).isEqualTo(404);
        assertThat(client.get("/any/18446744073709551617").text()).isEqualTo("post 18446744073709551617");
    }

    @Views(blueprint = "frontend")
    static class Frontend {
        @ErrorHandler(code = 403)
        Object forbidden(HTTPException e) {
            return makeResponse("frontend says no", e.code());
        }

        @Route("/frontend-no")
        Object frontendNo() {
            return abort(403);
        }
    }

    @Views(blueprint = "sideend")
    static class Sideend {
        @Route("/what-is-a-sideend")
        Object sideendNo() {
            return abort(403);
        }
    }

    @Views
    static class AppErrors {
        @ErrorHandler(code = 403)
        Object forbidden() {
            return makeResponse("application itself says no", 403);
        }
    }

    // The annotated twin of Flask's tests/test_blueprints.py::test_blueprint_specific_error_handling
    @Test
    void blueprintSpecificErrorHandling() {
        AnnotatedViews.register(app, new Frontend(), new Sideend(), new AppErrors());
        assertThat(client.get("/frontend-no").text()).isEqualTo("frontend says no");
        assertThat(client.get("/what-is-a-sideend").text()).isEqualTo("application itself says no");
    }

    @Views(blueprint = "frontend", urlPrefix = "/<lang_code>")
    static class Localized {
        @UrlDefaults
        void addLanguageCode(String endpoint, Map<String, Object> values) {
            values.putIfAbsent("lang_code", g().get("lang_code"));
        }

        @UrlValuePreprocessor
        void pullLangCode(String endpoint, Map<String, Object> values) {
            g().put("lang_code", values.remove("lang_code"));
        }

        @Route("/")
        Object index() {
            return urlFor(".about");
        }

        @Route("/about")
        Object about() {
            return urlFor(".index");
        }
    }

    // The annotated twin of Flask's tests/test_blueprints.py::test_blueprint_url_processors
    @Test
    void blueprintUrlProcessors() {
        AnnotatedViews.register(app, new Localized());
        assertThat(client.get("/de/").text()).isEqualTo("/de/about");
        assertThat(client.get("/de/about").text()).isEqualTo("/de/");
    }

    @Views(blueprint = "bp")
    static class Processing {
        final List<String> evts = new ArrayList<>();

        @BeforeRequest
        void before() {
            evts.add("before");
        }

        @AfterRequest
        Response after(Response response) {
            response.setData(response.text() + "|after");
            evts.add("after");
            return response;
        }

        @TeardownRequest
        void teardown(Throwable error) {
            evts.add("teardown");
        }

        @BeforeAppRequest
        void beforeApp(G g) {
            g.put("seen", "app-wide");
        }

        @Route("/bp")
        Object bpEndpoint() {
            return "request";
        }
    }

    // The annotated twin of Flask's tests/test_blueprints.py::test_request_processing
    @Test
    void requestProcessing() {
        Processing views = new Processing();
        AnnotatedViews.register(app, views);
        app.route("/app", "app", args -> String.valueOf(g().get("seen")));
        assertThat(client.get("/bp").text()).isEqualTo("request|after");
        assertThat(views.evts).containsExactly("before", "after", "teardown");
        assertThat(client.get("/app").text()).isEqualTo("app-wide");
        assertThat(views.evts).hasSize(3);
    }

    @Views(blueprint = "filters")
    static class Filters {
        @TemplateFilter("shout")
        String shout(String value, String suffix) {
            return value.toUpperCase() + suffix;
        }

        @TemplateFilter
        String joined(Object value, Object... rest) {
            return value + java.util.Arrays.toString(rest);
        }

        @TemplateTest("short")
        boolean isShort(String value, int max) {
            return value.length() <= max;
        }
    }

    // The annotated twin of Flask's tests/test_templating.py::test_template_filter and test_template_test
    @Test
    void templateFiltersAndTestsOfAnnotatedViewsAreAppWideAndTakeArgumentsByPosition() throws Exception {
        AnnotatedViews.register(app, new Filters());
        assertThat(app.templateFilters().get("shout").apply("hi", "!")).isEqualTo("HI!");
        assertThat(app.templateFilters().get("joined").apply("a", 1, 2)).isEqualTo("a[1, 2]");
        assertThat(app.templateTests().get("short").test("abc", 3)).isTrue();
        assertThat(app.templateTests().get("short").test("abcd", 3)).isFalse();
    }

    @Views(blueprint = "auth", urlPrefix = "/auth")
    static class AuthViews {
        @Route("/login")
        Object login() {
            return "login";
        }
    }

    @Views(blueprint = "auth")
    static class MoreAuthViews {
        @Route("/logout")
        Object logout() {
            return request().blueprint() + " logout";
        }
    }

    @Test
    void severalClassesContributeToOneBlueprint() {
        AnnotatedViews.register(app, new AuthViews(), new MoreAuthViews());
        assertThat(client.get("/auth/login").text()).isEqualTo("login");
        assertThat(client.get("/auth/logout").text()).isEqualTo("auth logout");
    }

    public static class LoginRequired implements ViewDecorator {
        @Override
        public View decorate(View view) {
            return ViewDecorator.wrap(view, args -> request().args().containsKey("user") ? view.call(args)
                    : makeResponse("login first", 401));
        }
    }

    public static class Shout implements ViewDecorator {
        @Override
        public View decorate(View view) {
            return ViewDecorator.wrap(view, args -> String.valueOf(view.call(args)).toUpperCase());
        }
    }

    @Views
    @Decorate(LoginRequired.class)
    static class Secret {
        @Route("/secret")
        @Decorate(Shout.class)
        Object secret() {
            return "secret";
        }
    }

    @Test
    void decoratorsWrapViewsClassLevelOutermost() {
        AnnotatedViews.register(app, new Secret());
        var rv = client.get("/secret");
        assertThat(rv.statusCode()).isEqualTo(401);
        assertThat(client.get("/secret?user=1").text()).isEqualTo("SECRET");
    }

    static class NotViews {
    }

    @Test
    void objectsWithoutViewsAreRefused() {
        assertThatThrownBy(() -> AnnotatedViews.register(app, new NotViews()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not annotated with @Views");
    }
}
