package dev.flaskspring;

import static dev.flaskspring.Globals.abort;
import static dev.flaskspring.Globals.g;
import static dev.flaskspring.Globals.makeResponse;
import static dev.flaskspring.Globals.request;
import static dev.flaskspring.Globals.urlFor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flaskspring.testing.FlaskClient;
import dev.flaskspring.testing.TestRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Blueprints; ported from Flask's {@code tests/test_blueprints.py}.
 * <p>Not ported here: the template filter and test cases (Jinja-only), {@code test_templates_and_static},
 * {@code test_templates_list}, {@code test_context_processing},
 * {@code test_template_global} and the template half of {@code test_nested_callback_order} (templates and
 * static files are ported with those features).
 */
class BlueprintsTests {

    final Flask app = TestApps.flask();
    final FlaskClient client = app.testClient();

    // Flask: tests/test_blueprints.py::test_blueprint_specific_error_handling
    @Test
    void blueprintSpecificErrorHandling() {
        Blueprint frontend = new Blueprint("frontend");
        Blueprint backend = new Blueprint("backend");
        Blueprint sideend = new Blueprint("sideend");
        frontend.errorHandler(403, e -> makeResponse("frontend says no", 403));
        frontend.route("/frontend-no", "frontend_no", args -> abort(403));
        backend.errorHandler(403, e -> makeResponse("backend says no", 403));
        backend.route("/backend-no", "backend_no", args -> abort(403));
        sideend.route("/what-is-a-sideend", "sideend_no", args -> abort(403));
        app.registerBlueprint(frontend);
        app.registerBlueprint(backend);
        app.registerBlueprint(sideend);
        app.errorHandler(403, e -> makeResponse("application itself says no", 403));
        assertThat(client.get("/frontend-no").text()).isEqualTo("frontend says no");
        assertThat(client.get("/backend-no").text()).isEqualTo("backend says no");
        assertThat(client.get("/what-is-a-sideend").text()).isEqualTo("application itself says no");
    }

    static class MyDecoratorException extends Exception {
    }

    static class MyFunctionException extends Exception {
    }

    // Flask: tests/test_blueprints.py::test_blueprint_specific_user_error_handling
    @Test
    void blueprintSpecificUserErrorHandling() {
        Blueprint blue = new Blueprint("blue");
        blue.errorHandler(MyDecoratorException.class, e -> "boom");
        blue.errorHandler(MyFunctionException.class, e -> "bam");
        blue.route("/decorator", "blue_deco_test", args -> {
            throw new MyDecoratorException();
        });
        blue.route("/function", "blue_func_test", args -> {
            throw new MyFunctionException();
        });
        app.registerBlueprint(blue);
        assertThat(client.get("/decorator").text()).isEqualTo("boom");
        assertThat(client.get("/function").text()).isEqualTo("bam");
    }

    // Flask: tests/test_blueprints.py::test_blueprint_app_error_handling
    @Test
    void blueprintAppErrorHandling() {
        Blueprint errors = new Blueprint("errors");
        errors.appErrorHandler(403, e -> makeResponse("you shall not pass", 403));
        app.route("/forbidden", "app_forbidden", args -> abort(403));
        Blueprint forbiddenBp = new Blueprint("forbidden_bp");
        forbiddenBp.route("/nope", "bp_forbidden", args -> abort(403));
        app.registerBlueprint(errors);
        app.registerBlueprint(forbiddenBp);
        assertThat(client.get("/forbidden").text()).isEqualTo("you shall not pass");
        assertThat(client.get("/nope").text()).isEqualTo("you shall not pass");
    }

    // Flask: tests/test_blueprints.py::test_blueprint_prefix_slash
    @ParameterizedTest
    @CsvSource(value = {"'',/,/", "/,'',/", "/,/,/", "/foo,'',/foo", "/foo/,'',/foo/", "'',/bar,/bar",
            "/foo/,/bar,/foo/bar", "/foo/,bar,/foo/bar", "/foo,/bar,/foo/bar", "/foo/,//bar,/foo/bar",
            "/foo//,/bar,/foo/bar"})
    void blueprintPrefixSlash(String prefix, String rule, String url) {
        Blueprint bp = new Blueprint("test", prefix);
        bp.route(rule, "index", args -> makeResponse("", 204));
        app.registerBlueprint(bp);
        assertThat(client.get(url).statusCode()).isEqualTo(204);
    }

    // Flask: tests/test_blueprints.py::test_blueprint_url_defaults
    @Test
    void blueprintUrlDefaults() {
        Blueprint bp = new Blueprint("test");
        bp.route("/foo", "foo", RuleOptions.builder().defaults(Map.of("baz", 42)).build(),
                args -> args.getInt("bar") + "/" + args.getInt("baz"));
        bp.route("/bar", "bar", args -> String.valueOf(args.getInt("bar")));
        app.registerBlueprint(bp, BlueprintOptions.builder().urlPrefix("/1").urlDefaults(Map.of("bar", 23)).build());
        app.registerBlueprint(bp, BlueprintOptions.builder().name("test2").urlPrefix("/2").urlDefaults(Map.of("bar", 19)).build());
        assertThat(client.get("/1/foo").text()).isEqualTo("23/42");
        assertThat(client.get("/2/foo").text()).isEqualTo("19/42");
        assertThat(client.get("/1/bar").text()).isEqualTo("23");
        assertThat(client.get("/2/bar").text()).isEqualTo("19");
    }

    // Flask: tests/test_blueprints.py::test_blueprint_url_processors
    @Test
    void blueprintUrlProcessors() {
        Blueprint bp = new Blueprint("frontend", "/<lang_code>");
        bp.urlDefaults((endpoint, values) -> values.putIfAbsent("lang_code", g().get("lang_code")));
        bp.urlValuePreprocessor((endpoint, values) -> g().put("lang_code", values.remove("lang_code")));
        bp.route("/", "index", args -> urlFor(".about"));
        bp.route("/about", "about", args -> urlFor(".index"));
        app.registerBlueprint(bp);
        assertThat(client.get("/de/").text()).isEqualTo("/de/about");
        assertThat(client.get("/de/about").text()).isEqualTo("/de/");
    }

    // Flask: tests/test_blueprints.py::test_dotted_name_not_allowed
    @Test
    void dottedNameNotAllowed() {
        assertThatThrownBy(() -> new Blueprint("app.ui")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'name' may not contain a dot '.' character.");
    }

    // Flask: tests/test_blueprints.py::test_empty_name_not_allowed
    @Test
    void emptyNameNotAllowed() {
        assertThatThrownBy(() -> new Blueprint("")).isInstanceOf(IllegalArgumentException.class);
    }

    // Flask: tests/test_blueprints.py::test_dotted_names_from_app
    @Test
    void dottedNamesFromApp() {
        Blueprint test = new Blueprint("test");
        app.route("/", "app_index", args -> urlFor("test.index"));
        test.route("/test/", "index", args -> urlFor("app_index"));
        app.registerBlueprint(test);
        assertThat(client.get("/").text()).isEqualTo("/test/");
    }

    // Flask: tests/test_blueprints.py::test_empty_url_defaults
    @Test
    void emptyUrlDefaults() {
        Blueprint bp = new Blueprint("bp");
        View something = args -> String.valueOf(args.getInt("page"));
        bp.route("/", "something", RuleOptions.builder().defaults(Map.of("page", 1)).build(), something);
        bp.route("/page/<int:page>", "something", something);
        app.registerBlueprint(bp);
        assertThat(client.get("/").text()).isEqualTo("1");
        assertThat(client.get("/page/2").text()).isEqualTo("2");
    }

    // Flask: tests/test_blueprints.py::test_route_decorator_custom_endpoint
    @Test
    void routeDecoratorCustomEndpoint() {
        Blueprint bp = new Blueprint("bp");
        View endpoint = args -> request().endpoint();
        bp.route("/foo", "foo", endpoint);
        bp.route("/bar", "bar", endpoint);
        bp.route("/bar/123", "123", endpoint);
        bp.route("/bar/foo", "bar_foo", endpoint);
        app.registerBlueprint(bp, BlueprintOptions.builder().urlPrefix("/py").build());
        app.route("/", "index", endpoint);
        assertThat(client.get("/").text()).isEqualTo("index");
        assertThat(client.get("/py/foo").text()).isEqualTo("bp.foo");
        assertThat(client.get("/py/bar").text()).isEqualTo("bp.bar");
        assertThat(client.get("/py/bar/123").text()).isEqualTo("bp.123");
        assertThat(client.get("/py/bar/foo").text()).isEqualTo("bp.bar_foo");
    }

    // Flask: tests/test_blueprints.py::test_route_decorator_custom_endpoint_with_dots
    @Test
    void routeDecoratorCustomEndpointWithDots() {
        Blueprint bp = new Blueprint("bp");
        assertThatThrownBy(() -> bp.route("/", "a.b", args -> "")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'endpoint' may not contain a dot '.' character.");
    }

    // Flask: tests/test_blueprints.py::test_endpoint_decorator
    @Test
    void endpointDecorator() {
        app.urlMap().add(dev.flaskspring.routing.Rule.builder("/foo").endpoint("bar").build());
        Blueprint bp = new Blueprint("bp");
        bp.endpoint("bar", args -> request().endpoint());
        app.registerBlueprint(bp, BlueprintOptions.builder().urlPrefix("/bp_prefix").build());
        assertThat(client.get("/foo").text()).isEqualTo("bar");
        assertThat(client.get("/bp_prefix/bar").statusCode()).isEqualTo(404);
    }

    // Flask: tests/test_blueprints.py::test_request_processing
    @Test
    void requestProcessing() {
        Blueprint bp = new Blueprint("bp");
        List<String> evts = new ArrayList<>();
        bp.beforeRequest(() -> {
            evts.add("before");
            return null;
        });
        bp.afterRequest(response -> {
            response.setData(response.text() + "|after");
            evts.add("after");
            return response;
        });
        bp.teardownRequest(exc -> evts.add("teardown"));
        bp.route("/bp", "bp_endpoint", args -> "request");
        app.registerBlueprint(bp);
        assertThat(evts).isEmpty();
        assertThat(client.get("/bp").text()).isEqualTo("request|after");
        assertThat(evts).containsExactly("before", "after", "teardown");
    }

    // Flask: tests/test_blueprints.py::test_app_request_processing
    @Test
    void appRequestProcessing() {
        Blueprint bp = new Blueprint("bp");
        List<String> evts = new ArrayList<>();
        bp.beforeAppRequest(() -> {
            evts.add("before");
            return null;
        });
        bp.afterAppRequest(response -> {
            response.setData(response.text() + "|after");
            evts.add("after");
            return response;
        });
        bp.teardownAppRequest(exc -> evts.add("teardown"));
        app.registerBlueprint(bp);
        app.route("/", "bp_endpoint", args -> "request");
        assertThat(evts).isEmpty();
        assertThat(client.get("/").text()).isEqualTo("request|after");
        assertThat(evts).containsExactly("before", "after", "teardown");
        assertThat(client.get("/").text()).isEqualTo("request|after");
        assertThat(evts).containsExactly("before", "after", "teardown", "before", "after", "teardown");
    }

    // Flask: tests/test_blueprints.py::test_app_url_processors
    @Test
    void appUrlProcessors() {
        Blueprint bp = new Blueprint("bp");
        bp.appUrlDefaults((endpoint, values) -> values.putIfAbsent("lang_code", g().get("lang_code")));
        bp.appUrlValuePreprocessor((endpoint, values) -> g().put("lang_code", values.remove("lang_code")));
        app.route("/<lang_code>/", "index", args -> urlFor("about"));
        app.route("/<lang_code>/about", "about", args -> urlFor("index"));
        app.registerBlueprint(bp);
        assertThat(client.get("/de/").text()).isEqualTo("/de/about");
        assertThat(client.get("/de/about").text()).isEqualTo("/de/");
    }

    // Flask: tests/test_blueprints.py::test_nested_blueprint
    @Test
    void nestedBlueprint() {
        Blueprint parent = new Blueprint("parent");
        Blueprint child = new Blueprint("child");
        Blueprint grandchild = new Blueprint("grandchild");
        parent.errorHandler(403, e -> makeResponse("Parent no", 403));
        parent.route("/", "parent_index", args -> "Parent yes");
        parent.route("/no", "parent_no", args -> abort(403));
        child.route("/", "child_index", args -> "Child yes");
        child.route("/no", "child_no", args -> abort(403));
        grandchild.errorHandler(403, e -> makeResponse("Grandchild no", 403));
        grandchild.route("/", "grandchild_index", args -> "Grandchild yes");
        grandchild.route("/no", "grandchild_no", args -> abort(403));
        child.registerBlueprint(grandchild, BlueprintOptions.builder().urlPrefix("/grandchild").build());
        parent.registerBlueprint(child, BlueprintOptions.builder().urlPrefix("/child").build());
        app.registerBlueprint(parent, BlueprintOptions.builder().urlPrefix("/parent").build());
        assertThat(client.get("/parent/").text()).isEqualTo("Parent yes");
        assertThat(client.get("/parent/child/").text()).isEqualTo("Child yes");
        assertThat(client.get("/parent/child/grandchild/").text()).isEqualTo("Grandchild yes");
        assertThat(client.get("/parent/no").text()).isEqualTo("Parent no");
        assertThat(client.get("/parent/child/no").text()).isEqualTo("Parent no");
        assertThat(client.get("/parent/child/grandchild/no").text()).isEqualTo("Grandchild no");
    }

    @SuppressWarnings("unchecked")
    private static List<String> seen() {
        return (List<String>) g().setdefault("seen", new ArrayList<String>());
    }

    // Flask: tests/test_blueprints.py::test_nested_callback_order (the before/teardown half)
    @Test
    void nestedCallbackOrder() {
        Blueprint parent = new Blueprint("parent");
        Blueprint child = new Blueprint("child");
        for (Object[] scope : new Object[][] {{app, "app"}, {parent, "parent"}, {child, "child"}}) {
            Scaffold s = (Scaffold) scope[0];
            String name = (String) scope[1];
            for (int i = 1; i <= 2; i++) {
                String tag = name + "_" + i;
                s.beforeRequest(() -> {
                    seen().add(tag);
                    return null;
                });
                s.teardownRequest(e -> assertThat(seen().remove(seen().size() - 1)).isEqualTo(tag));
            }
        }
        child.route("/a", "a", args -> String.join(", ", seen()));
        parent.registerBlueprint(child);
        app.registerBlueprint(parent);
        assertThat(client.get("/a").text()).isEqualTo("app_1, app_2, parent_1, parent_2, child_1, child_2");
    }

    // Flask: tests/test_blueprints.py::test_nesting_url_prefixes
    @ParameterizedTest
    @CsvSource(value = {"/parent,/child,,", "/parent,,,/child", ",,/parent,/child", "/other,/something,/parent,/child"})
    void nestingUrlPrefixes(String parentInit, String childInit, String parentRegistration, String childRegistration) {
        Blueprint parent = new Blueprint("parent", BlueprintOptions.builder().urlPrefix(parentInit).build());
        Blueprint child = new Blueprint("child", BlueprintOptions.builder().urlPrefix(childInit).build());
        child.route("/", "index", args -> "index");
        parent.registerBlueprint(child, BlueprintOptions.builder().urlPrefix(childRegistration).build());
        app.registerBlueprint(parent, BlueprintOptions.builder().urlPrefix(parentRegistration).build());
        assertThat(client.get("/parent/child/").statusCode()).isEqualTo(200);
    }

    // Flask: tests/test_blueprints.py::test_nesting_subdomains
    @Test
    void nestingSubdomains() {
        Flask sub = new Flask("sub", AppOptions.builder().subdomainMatching(true).build());
        sub.config().put("SERVER_NAME", "example.test");
        Blueprint parent = new Blueprint("parent");
        Blueprint child = new Blueprint("child");
        child.route("/child/", "index", args -> "child");
        parent.registerBlueprint(child);
        sub.registerBlueprint(parent, BlueprintOptions.builder().subdomain("api").build());
        assertThat(sub.testClient().open(TestRequest.get("/child/").baseUrl("http://api.example.test")).statusCode())
                .isEqualTo(200);
    }

    // Flask: tests/test_blueprints.py::test_child_and_parent_subdomain
    @Test
    void childAndParentSubdomain() {
        Flask sub = new Flask("sub", AppOptions.builder().subdomainMatching(true).build());
        sub.config().put("SERVER_NAME", "example.test");
        Blueprint parent = new Blueprint("parent");
        Blueprint child = new Blueprint("child", BlueprintOptions.builder().subdomain("api").build());
        child.route("/", "index", args -> "child");
        parent.registerBlueprint(child);
        sub.registerBlueprint(parent, BlueprintOptions.builder().subdomain("parent").build());
        FlaskClient c = sub.testClient();
        assertThat(c.open(TestRequest.get("/").baseUrl("http://api.parent.example.test")).statusCode()).isEqualTo(200);
        assertThat(c.open(TestRequest.get("/").baseUrl("http://parent.example.test")).statusCode()).isEqualTo(404);
    }

    // Flask: tests/test_blueprints.py::test_unique_blueprint_names
    @Test
    void uniqueBlueprintNames() {
        Blueprint bp = new Blueprint("bp");
        Blueprint bp2 = new Blueprint("bp");
        app.registerBlueprint(bp);
        assertThatThrownBy(() -> app.registerBlueprint(bp)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The name 'bp' is already registered for this blueprint. Use 'name=' to provide a unique name.");
        app.registerBlueprint(bp, BlueprintOptions.builder().name("again").build());
        assertThatThrownBy(() -> app.registerBlueprint(bp2)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("a different blueprint");
        app.registerBlueprint(bp2, BlueprintOptions.builder().name("alt").build());
    }

    // Flask: tests/test_blueprints.py::test_self_registration
    @Test
    void selfRegistration() {
        Blueprint bp = new Blueprint("bp");
        assertThatThrownBy(() -> bp.registerBlueprint(bp)).isInstanceOf(IllegalArgumentException.class);
    }

    // Flask: tests/test_blueprints.py::test_blueprint_renaming
    @Test
    void blueprintRenaming() {
        Blueprint bp = new Blueprint("bp");
        Blueprint bp2 = new Blueprint("bp2");
        bp.get("/", "index", args -> request().endpoint());
        bp.get("/error", "error", args -> abort(403));
        bp.errorHandler(403, e -> makeResponse("Error", 403));
        bp2.get("/", "index2", args -> request().endpoint());
        bp.registerBlueprint(bp2, BlueprintOptions.builder().urlPrefix("/a").name("sub").build());
        app.registerBlueprint(bp, BlueprintOptions.builder().urlPrefix("/a").build());
        app.registerBlueprint(bp, BlueprintOptions.builder().urlPrefix("/b").name("alt").build());
        assertThat(client.get("/a/").text()).isEqualTo("bp.index");
        assertThat(client.get("/b/").text()).isEqualTo("alt.index");
        assertThat(client.get("/a/a/").text()).isEqualTo("bp.sub.index2");
        assertThat(client.get("/b/a/").text()).isEqualTo("alt.sub.index2");
        assertThat(client.get("/a/error").text()).isEqualTo("Error");
        assertThat(client.get("/b/error").text()).isEqualTo("Error");
    }

    // Flask: tests/test_blueprints.py::test_default_static_max_age
    @Test
    void defaultStaticMaxAge() throws Exception {
        class MyBlueprint extends Blueprint {
            MyBlueprint() {
                super("blueprint", BlueprintOptions.builder().staticFolder("static").build());
            }

            @Override
            public Duration getSendFileMaxAge(String filename) {
                return Duration.ofSeconds(100);
            }
        }
        Flask rooted = StaticFilesTests.app(AppOptions.builder());
        MyBlueprint blueprint = new MyBlueprint();
        rooted.registerBlueprint(blueprint);
        try (var ctx = rooted.testRequestContext("/")) {
            rooted.config().put("SEND_FILE_MAX_AGE_DEFAULT", 3600);
            var rv = blueprint.sendStaticFile(rooted, "index.html");
            assertThat(rv.cacheControl().maxAge()).isEqualTo(100);
        }
    }
}
