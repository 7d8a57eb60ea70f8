package dev.flaskspring.jinja;

import static dev.flaskspring.Globals.callMacro;
import static dev.flaskspring.Globals.g;
import static dev.flaskspring.Globals.getTemplateAttribute;
import static dev.flaskspring.Globals.renderTemplate;
import static dev.flaskspring.Globals.renderTemplateString;
import static dev.flaskspring.Globals.session;
import static dev.flaskspring.Globals.streamTemplateString;
import static org.assertj.core.api.Assertions.assertThat;

import dev.flaskspring.Flask;
import dev.flaskspring.TemplateFilter;
import dev.flaskspring.TemplateTest;
import dev.flaskspring.annotation.AnnotatedViews;
import dev.flaskspring.annotation.Views;
import dev.flaskspring.signals.Connection;
import dev.flaskspring.signals.Signals;
import dev.flaskspring.templating.Markup;
import dev.flaskspring.templating.Template;
import dev.flaskspring.testing.FlaskClient;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Flask's {@code tests/test_templating.py} on the Jinja engine, with Flask's own test templates, and the template
 * cases of {@code test_signals.py} and {@code test_json.py}. Flask's {@code @app.template_filter()} decorator is the
 * {@code @TemplateFilter} annotation on a {@code @Views} class; {@code app.add_template_filter} is
 * {@code app.templateFilter(name, f)} (a name is always given in Java).
 * <p>Not ported: {@code test_custom_template_loader}, {@code test_iterable_loader} and {@code test_custom_jinja_env}
 * (a custom Jinja loader or environment class, a list of template names: no such API),
 * {@code test_templates_auto_reload_debug_run} (needs {@code app.run}); {@code test_template_loader_debugging} is
 * engine-independent and tested in the core.
 */
@ExtendWith(NoLeakedContexts.class)
class TemplatingTests {

    final Flask app = JinjaApps.flask();
    final FlaskClient client = app.testClient();

    static String myReverse(Object s, Object... args) {
        return new StringBuilder(String.valueOf(s)).reverse().toString();
    }

    static boolean isBoolean(Object value, Object... args) {
        return value instanceof Boolean;
    }

    @Views
    static class ReverseFilter {
        @dev.flaskspring.annotation.TemplateFilter
        String my_reverse(Object s) {
            return myReverse(s);
        }
    }

    @Views
    static class NamedReverseFilter {
        @dev.flaskspring.annotation.TemplateFilter("strrev")
        String myReverse(Object s) {
            return TemplatingTests.myReverse(s);
        }
    }

    @Views
    static class SuperReverseFilter {
        @dev.flaskspring.annotation.TemplateFilter
        String super_reverse(Object s) {
            return myReverse(s);
        }
    }

    @Views
    static class NamedSuperReverseFilter {
        @dev.flaskspring.annotation.TemplateFilter("super_reverse")
        String myReverse(Object s) {
            return TemplatingTests.myReverse(s);
        }
    }

    @Views
    static class NamedBooleanTest {
        @dev.flaskspring.annotation.TemplateTest("boolean")
        boolean isBoolean(Object value) {
            return value instanceof Boolean;
        }
    }

    // Flask: tests/test_templating.py::test_context_processing
    @Test
    void contextProcessing() {
        app.contextProcessor(() -> Map.of("injected_value", 42));
        app.route("/", "index", args -> renderTemplate("context_template.html", "value", 23));
        assertThat(client.get("/").text()).isEqualTo("<p>23|42");
    }

    // Flask: tests/test_templating.py::test_original_win
    @Test
    void originalWin() {
        app.route("/", "index", args -> renderTemplateString("{{ config }}", "config", 42));
        assertThat(client.get("/").text()).isEqualTo("42");
    }

    // Flask: tests/test_templating.py::test_simple_stream
    @Test
    void simpleStream() {
        app.route("/", "index", args -> streamTemplateString("{{ config }}", "config", 42));
        assertThat(client.get("/").text()).isEqualTo("42");
    }

    // Flask: tests/test_templating.py::test_request_less_rendering
    @Test
    void requestLessRendering() {
        app.config().put("WORLD_NAME", "Special World");
        app.contextProcessor(() -> Map.of("foo", 42));
        try (var ctx = app.appContext()) {
            assertThat(renderTemplateString("Hello {{ config.WORLD_NAME }} {{ foo }}"))
                    .isEqualTo("Hello Special World 42");
        }
    }

    // Flask: tests/test_templating.py::test_standard_context
    @Test
    void standardContext() {
        app.route("/", "index", args -> {
            g().put("foo", 23);
            session().put("test", "aha");
            return renderTemplateString("""
                    {{ request.args.foo }}
                    {{ g.foo }}
                    {{ config.DEBUG }}
                    {{ session.test }}
                """);
        });
        assertThat(client.get("/?foo=42").text().trim().split("\\s+")).containsExactly("42", "23", "False", "aha");
    }

    // Flask: tests/test_templating.py::test_escaping
    @Test
    void escaping() {
        String text = "<p>Hello World!";
        app.route("/", "index", args -> renderTemplate("escaping_template.html", "text", text, "html",
                new Markup(text)));
        assertThat(client.get("/").text().split("\n")).containsExactly("&lt;p&gt;Hello World!", "<p>Hello World!",
                "<p>Hello World!", "<p>Hello World!", "&lt;p&gt;Hello World!", "<p>Hello World!");
    }

    // Flask: tests/test_templating.py::test_no_escaping
    @Test
    void noEscaping() {
        String text = "<p>Hello World!";
        app.route("/", "index", args -> renderTemplate("non_escaping_template.txt", "text", text, "html",
                new Markup(text)));
        assertThat(client.get("/").text().split("\n")).containsExactly("<p>Hello World!", "<p>Hello World!",
                "<p>Hello World!", "<p>Hello World!", "&lt;p&gt;Hello World!", "<p>Hello World!", "<p>Hello World!",
                "<p>Hello World!");
    }

    // Flask: tests/test_templating.py::test_escaping_without_template_filename
    @Test
    void escapingWithoutTemplateFilename() {
        try (var ctx = app.testRequestContext("/")) {
            assertThat(renderTemplateString("{{ foo }}", "foo", "<test>")).isEqualTo("&lt;test&gt;");
            assertThat(renderTemplate("mail.txt", "foo", "<test>")).isEqualTo("<test> Mail");
        }
    }

    // Flask: tests/test_templating.py::test_macros
    @Test
    void macros() {
        try (var ctx = app.testRequestContext("/")) {
            Object macro = getTemplateAttribute("_macro.html", "hello");
            assertThat(callMacro(macro, "World")).isEqualTo("Hello World!");
        }
    }

    // Flask: tests/test_templating.py::test_template_filter
    @Test
    void templateFilter() throws Exception {
        AnnotatedViews.register(app, new ReverseFilter());
        assertThat(app.templateFilters()).containsKey("my_reverse");
        assertThat(app.templateFilters().get("my_reverse").apply("abcd")).isEqualTo("dcba");
    }

    // Flask: tests/test_templating.py::test_add_template_filter
    @Test
    void addTemplateFilter() throws Exception {
        TemplateFilter f = TemplatingTests::myReverse;
        app.templateFilter("my_reverse", f);
        assertThat(app.templateFilters().get("my_reverse")).isSameAs(f);
        assertThat(app.templateFilters().get("my_reverse").apply("abcd")).isEqualTo("dcba");
    }

    // Flask: tests/test_templating.py::test_template_filter_with_name
    @Test
    void templateFilterWithName() throws Exception {
        AnnotatedViews.register(app, new NamedReverseFilter());
        assertThat(app.templateFilters()).containsKey("strrev");
        assertThat(app.templateFilters().get("strrev").apply("abcd")).isEqualTo("dcba");
    }

    // Flask: tests/test_templating.py::test_add_template_filter_with_name
    @Test
    void addTemplateFilterWithName() throws Exception {
        TemplateFilter f = TemplatingTests::myReverse;
        app.templateFilter("strrev", f);
        assertThat(app.templateFilters().get("strrev")).isSameAs(f);
        assertThat(app.templateFilters().get("strrev").apply("abcd")).isEqualTo("dcba");
    }

    // Flask: tests/test_templating.py::test_template_filter_with_template
    @Test
    void templateFilterWithTemplate() {
        AnnotatedViews.register(app, new SuperReverseFilter());
        app.route("/", "index", args -> renderTemplate("template_filter.html", "value", "abcd"));
        assertThat(client.get("/").text()).isEqualTo("dcba");
    }

    // Flask: tests/test_templating.py::test_add_template_filter_with_template
    @Test
    void addTemplateFilterWithTemplate() {
        app.templateFilter("super_reverse", TemplatingTests::myReverse);
        app.route("/", "index", args -> renderTemplate("template_filter.html", "value", "abcd"));
        assertThat(client.get("/").text()).isEqualTo("dcba");
    }

    // Flask: tests/test_templating.py::test_template_filter_with_name_and_template
    @Test
    void templateFilterWithNameAndTemplate() {
        AnnotatedViews.register(app, new NamedSuperReverseFilter());
        app.route("/", "index", args -> renderTemplate("template_filter.html", "value", "abcd"));
        assertThat(client.get("/").text()).isEqualTo("dcba");
    }

    // Flask: tests/test_templating.py::test_add_template_filter_with_name_and_template
    @Test
    void addTemplateFilterWithNameAndTemplate() {
        app.templateFilter("super_reverse", TemplatingTests::myReverse);
        app.route("/", "index", args -> renderTemplate("template_filter.html", "value", "abcd"));
        assertThat(client.get("/").text()).isEqualTo("dcba");
    }

    // Flask: tests/test_templating.py::test_template_test
    @Test
    void templateTest() throws Exception {
        AnnotatedViews.register(app, new NamedBooleanTest());
        assertThat(app.templateTests()).containsKey("boolean");
        assertThat(app.templateTests().get("boolean").test(false)).isTrue();
    }

    // Flask: tests/test_templating.py::test_add_template_test
    @Test
    void addTemplateTest() throws Exception {
        TemplateTest t = TemplatingTests::isBoolean;
        app.templateTest("boolean", t);
        assertThat(app.templateTests().get("boolean")).isSameAs(t);
        assertThat(app.templateTests().get("boolean").test(false)).isTrue();
    }

    // Flask: tests/test_templating.py::test_template_test_with_name
    @Test
    void templateTestWithName() throws Exception {
        AnnotatedViews.register(app, new NamedBooleanTest());
        assertThat(app.templateTests().get("boolean").test(false)).isTrue();
    }

    // Flask: tests/test_templating.py::test_add_template_test_with_name
    @Test
    void addTemplateTestWithName() throws Exception {
        TemplateTest t = TemplatingTests::isBoolean;
        app.templateTest("boolean", t);
        assertThat(app.templateTests().get("boolean")).isSameAs(t);
        assertThat(app.templateTests().get("boolean").test(false)).isTrue();
    }

    // Flask: tests/test_templating.py::test_template_test_with_template
    @Test
    void templateTestWithTemplate() {
        AnnotatedViews.register(app, new NamedBooleanTest());
        app.route("/", "index", args -> renderTemplate("template_test.html", "value", false));
        assertThat(client.get("/").text()).contains("Success!");
    }

    // Flask: tests/test_templating.py::test_add_template_test_with_template
    @Test
    void addTemplateTestWithTemplate() {
        app.templateTest("boolean", TemplatingTests::isBoolean);
        app.route("/", "index", args -> renderTemplate("template_test.html", "value", false));
        assertThat(client.get("/").text()).contains("Success!");
    }

    // Flask: tests/test_templating.py::test_template_test_with_name_and_template
    @Test
    void templateTestWithNameAndTemplate() {
        AnnotatedViews.register(app, new NamedBooleanTest());
        app.route("/", "index", args -> renderTemplate("template_test.html", "value", false));
        assertThat(client.get("/").text()).contains("Success!");
    }

    // Flask: tests/test_templating.py::test_add_template_test_with_name_and_template
    @Test
    void addTemplateTestWithNameAndTemplate() {
        app.templateTest("boolean", TemplatingTests::isBoolean);
        app.route("/", "index", args -> renderTemplate("template_test.html", "value", false));
        assertThat(client.get("/").text()).contains("Success!");
    }

    // Flask: tests/test_templating.py::test_add_template_global
    @Test
    void addTemplateGlobal() {
        Supplier<Object> getStuff = () -> 42;
        app.templateGlobal("get_stuff", getStuff);
        assertThat(app.templateGlobals()).containsKey("get_stuff");
        assertThat(app.templateGlobals().get("get_stuff")).isSameAs(getStuff);
        try (var ctx = app.appContext()) {
            assertThat(renderTemplateString("{{ get_stuff() }}")).isEqualTo("42");
        }
    }

    // Flask: tests/test_templating.py::test_templates_auto_reload
    @Test
    void templatesAutoReload() {
        assertThat(app.isDebug()).isFalse();
        assertThat(app.config().get("TEMPLATES_AUTO_RELOAD")).isNull();
        assertThat(app.templates().autoReload()).isFalse();
        Flask off = new Flask("off");
        off.config().put("TEMPLATES_AUTO_RELOAD", false);
        assertThat(off.templates().autoReload()).isFalse();
        Flask on = new Flask("on");
        on.config().put("TEMPLATES_AUTO_RELOAD", true);
        assertThat(on.templates().autoReload()).isTrue();
        Flask debug = new Flask("debug");
        debug.config().put("DEBUG", true);
        assertThat(debug.config().get("TEMPLATES_AUTO_RELOAD")).isNull();
        assertThat(debug.templates().autoReload()).isTrue();
        Flask debugOff = new Flask("debug_off");
        debugOff.config().put("DEBUG", true);
        debugOff.config().put("TEMPLATES_AUTO_RELOAD", false);
        assertThat(debugOff.templates().autoReload()).isFalse();
        Flask debugOn = new Flask("debug_on");
        debugOn.config().put("DEBUG", true);
        debugOn.config().put("TEMPLATES_AUTO_RELOAD", true);
        assertThat(debugOn.templates().autoReload()).isTrue();
    }

    // Flask: tests/test_signals.py::test_template_rendered
    @Test
    void templateRendered() {
        app.route("/", "index", args -> renderTemplate("simple_template.html", "whiskey", 42));
        List<Object[]> recorded = new ArrayList<>();
        try (Connection c = Signals.TEMPLATE_RENDERED.connect(app,
                e -> recorded.add(new Object[] {e.template(), e.context()}))) {
            client.get("/");
        }
        assertThat(recorded).hasSize(1);
        assertThat(((Template) recorded.get(0)[0]).name()).isEqualTo("simple_template.html");
        assertThat(((Map<?, ?>) recorded.get(0)[1]).get("whiskey")).isEqualTo(42);
    }

    // Flask: tests/test_signals.py::test_before_render_template
    @Test
    void beforeRenderTemplate() {
        app.route("/", "index", args -> renderTemplate("simple_template.html", "whiskey", 42));
        List<Object> recorded = new ArrayList<>();
        try (Connection c = Signals.BEFORE_RENDER_TEMPLATE.connect(app, e -> {
            e.context().put("whiskey", 43);
            recorded.add(e.template());
        })) {
            assertThat(client.get("/").text()).isEqualTo("<h1>43</h1>");
        }
        assertThat(recorded).hasSize(1);
        assertThat(((Template) recorded.get(0)).name()).isEqualTo("simple_template.html");
    }

    // Flask: tests/test_json.py::test_tojson_filter
    @Test
    void tojsonFilter() {
        try (var ctx = app.testRequestContext("/")) {
            String rv = renderTemplateString("const data = {{ data|tojson }};", "data",
                    Map.of("name", "</script>", "time", LocalDateTime.of(2021, 2, 1, 7, 15)));
            assertThat(rv).isEqualTo("const data = {\"name\": \"\\u003c/script\\u003e\","
                    + " \"time\": \"Mon, 01 Feb 2021 07:15:00 GMT\"};");
        }
    }
}
