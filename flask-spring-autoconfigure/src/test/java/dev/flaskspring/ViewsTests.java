package dev.flaskspring;

import static dev.flaskspring.Globals.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flaskspring.testing.FlaskClient;
import dev.flaskspring.testing.TestRequest;
import dev.flaskspring.wrappers.Response;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Class-based views; ported from Flask's {@code tests/test_views.py}.
 * <p>Not ported: {@code test_view_patching} (replaces {@code view.view_class} after {@code as_view}, a
 * Python attribute trick) and {@code test_multiple_inheritance} / {@code test_remove_method_from_parent}
 * (multiple class inheritance); their Java forms are covered by {@code methodsOverrideRestrictsMethods}.
 */
class ViewsTests {

    final Flask app = TestApps.flask();
    final FlaskClient client = app.testClient();

    private static void commonTest(Flask app) {
        FlaskClient c = app.testClient();
        assertThat(c.get("/").text()).isEqualTo("GET");
        assertThat(c.post("/").text()).isEqualTo("POST");
        assertThat(c.put("/").statusCode()).isEqualTo(405);
        assertThat(new TreeSet<>(c.options("/").allow())).containsExactly("GET", "HEAD", "OPTIONS", "POST");
    }

    static class BasicIndex extends FlaskView {
        @Override
        public Set<String> methods() {
            return Set.of("GET", "POST");
        }

        @Override
        public Object dispatchRequest(ViewArgs args) {
            return request().method();
        }
    }

    // Flask: tests/test_views.py::test_basic_view
    @Test
    void basicView() {
        app.addUrlRule("/", "index", FlaskView.asView("index", BasicIndex::new));
        commonTest(app);
    }

    public static class MethodIndex extends MethodView {
        public Object get(ViewArgs args) {
            return "GET";
        }

        public Object post(ViewArgs args) {
            return "POST";
        }
    }

    // Flask: tests/test_views.py::test_method_based_view
    @Test
    void methodBasedView() {
        app.addUrlRule("/", "index", FlaskView.asView("index", MethodIndex::new));
        commonTest(app);
    }

    public static class BetterIndex extends MethodIndex {
        public Object delete(ViewArgs args) {
            return "DELETE";
        }
    }

    // Flask: tests/test_views.py::test_view_inheritance
    @Test
    void viewInheritance() {
        app.addUrlRule("/", "index", FlaskView.asView("index", BetterIndex::new));
        assertThat(new TreeSet<>(client.options("/").allow())).containsExactly("DELETE", "GET", "HEAD", "OPTIONS", "POST");
    }

    // Flask: tests/test_views.py::test_view_decorators
    @Test
    void viewDecorators() {
        ViewDecorator addXParachute = f -> args -> {
            Response resp = Globals.makeResponse(f.call(args));
            resp.headers().set("X-Parachute", "awesome");
            return resp;
        };
        class Index extends FlaskView {
            @Override
            public List<ViewDecorator> decorators() {
                return List.of(addXParachute);
            }

            @Override
            public Object dispatchRequest(ViewArgs args) {
                return "Awesome";
            }
        }
        app.addUrlRule("/", "index", FlaskView.asView("index", Index::new));
        var rv = client.get("/");
        assertThat(rv.header("X-Parachute")).isEqualTo("awesome");
        assertThat(rv.text()).isEqualTo("Awesome");
    }

    // Flask: tests/test_views.py::test_view_provide_automatic_options_attr
    @Test
    void viewProvideAutomaticOptionsAttr() {
        Flask app1 = TestApps.flask();
        class Index1 extends FlaskView {
            @Override
            public Boolean provideAutomaticOptions() {
                return false;
            }

            @Override
            public Object dispatchRequest(ViewArgs args) {
                return "Hello World!";
            }
        }
        app1.addUrlRule("/", "index", FlaskView.asView("index", Index1::new));
        assertThat(app1.testClient().options("/").statusCode()).isEqualTo(405);

        Flask app2 = TestApps.flask();
        class Index2 extends FlaskView {
            @Override
            public Set<String> methods() {
                return Set.of("OPTIONS");
            }

            @Override
            public Boolean provideAutomaticOptions() {
                return true;
            }

            @Override
            public Object dispatchRequest(ViewArgs args) {
                return "Hello World!";
            }
        }
        app2.addUrlRule("/", "index", FlaskView.asView("index", Index2::new));
        assertThat(app2.testClient().options("/").allow()).containsExactly("OPTIONS");

        Flask app3 = TestApps.flask();
        class Index3 extends FlaskView {
            @Override
            public Object dispatchRequest(ViewArgs args) {
                return "Hello World!";
            }
        }
        app3.addUrlRule("/", "index", FlaskView.asView("index", Index3::new));
        assertThat(app3.testClient().options("/").allow()).contains("OPTIONS");
    }

    public static class ImplicitHead extends MethodView {
        public Object get(ViewArgs args) {
            return new Response("Blub", 200, Map.of("X-Method", request().method()), null);
        }
    }

    // Flask: tests/test_views.py::test_implicit_head
    @Test
    void implicitHead() {
        app.addUrlRule("/", "index", FlaskView.asView("index", ImplicitHead::new));
        var rv = client.get("/");
        assertThat(rv.text()).isEqualTo("Blub");
        assertThat(rv.header("X-Method")).isEqualTo("GET");
        rv = client.head("/");
        assertThat(rv.data()).isEmpty();
        assertThat(rv.header("X-Method")).isEqualTo("HEAD");
    }

    public static class ExplicitHead extends MethodView {
        public Object get(ViewArgs args) {
            return "GET";
        }

        public Object head(ViewArgs args) {
            return new Response("", 200, Map.of("X-Method", "HEAD"), null);
        }
    }

    // Flask: tests/test_views.py::test_explicit_head
    @Test
    void explicitHead() {
        app.addUrlRule("/", "index", FlaskView.asView("index", ExplicitHead::new));
        assertThat(client.get("/").text()).isEqualTo("GET");
        var rv = client.head("/");
        assertThat(rv.data()).isEmpty();
        assertThat(rv.header("X-Method")).isEqualTo("HEAD");
    }

    // Flask: tests/test_views.py::test_endpoint_override
    @Test
    void endpointOverride() {
        app.setDebug(true);
        app.addUrlRule("/", "index", FlaskView.asView("index", BasicIndex::new));
        assertThatThrownBy(() -> app.addUrlRule("/", "index", FlaskView.asView("index", BasicIndex::new)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("overwriting an existing endpoint function: index");
        commonTest(app);
    }

    public static class ChildView extends MethodView {
        @Override
        public Set<String> methods() {
            return Set.of("GET", "PROPFIND");
        }

        public Object get(ViewArgs args) {
            return "GET";
        }

        public Object propfind(ViewArgs args) {
            return "PROPFIND";
        }
    }

    // Flask: tests/test_views.py::test_methods_var_inheritance
    @Test
    void methodsVarInheritance() {
        app.addUrlRule("/", "index", FlaskView.asView("index", ChildView::new));
        assertThat(client.get("/").text()).isEqualTo("GET");
        assertThat(client.open(TestRequest.of("PROPFIND", "/")).text()).isEqualTo("PROPFIND");
        assertThat(new ChildView().methods()).containsExactlyInAnyOrder("PROPFIND", "GET");
    }

    public static class GetOnly extends MethodIndex {
        @Override
        public Set<String> methods() {
            return Set.of("GET");
        }
    }

    @Test
    void methodsOverrideRestrictsMethods() {
        app.addUrlRule("/", "index", FlaskView.asView("index", GetOnly::new));
        assertThat(client.get("/").text()).isEqualTo("GET");
        assertThat(client.post("/").statusCode()).isEqualTo(405);
    }

    static int instances;

    // Flask: tests/test_views.py::test_init_once
    @Test
    void initOnce() {
        instances = 0;
        class CountInit extends FlaskView {
            CountInit() {
                instances++;
            }

            @Override
            public boolean initEveryRequest() {
                return false;
            }

            @Override
            public Object dispatchRequest(ViewArgs args) {
                return String.valueOf(instances);
            }
        }
        app.addUrlRule("/", "index", FlaskView.asView("index", CountInit::new));
        assertThat(client.get("/").text()).isEqualTo("1");
        assertThat(client.get("/").text()).isEqualTo("1");
    }
}
