package dev.flaskspring.templating;

import static dev.flaskspring.Globals.flash;
import static dev.flaskspring.Globals.g;
import static dev.flaskspring.Globals.renderTemplate;
import static dev.flaskspring.Globals.renderTemplateString;
import static dev.flaskspring.Globals.session;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flaskspring.Blueprint;
import dev.flaskspring.BlueprintOptions;
import dev.flaskspring.Flask;
import dev.flaskspring.TestApps;
import dev.flaskspring.signals.Connection;
import dev.flaskspring.signals.Signals;
import dev.flaskspring.testing.FlaskClient;
import dev.flaskspring.wrappers.MultiDict;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Templates; ported from Flask's {@code tests/test_templating.py} and the template cases of
 * {@code test_signals.py} and {@code test_blueprints.py}.
 * <p>Not ported: macros, filters and tests ({@code test_macros}, {@code test_template_filter*},
 * {@code test_template_test*}: Jinja-only), custom Jinja loaders and environments
 * ({@code test_custom_template_loader}, {@code test_iterable_loader}, {@code test_custom_jinja_env}).
 * The escaping templates are
 * Mustache equivalents of Flask's Jinja ones ({@code {{{x}}}} plays {@code |safe}).
 */
class TemplatingTests {

    final Flask app = TestApps.flask();
    final FlaskClient client = app.testClient();

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
        app.route("/", "index", args -> renderTemplateString("{{config}}", "config", 42));
        assertThat(client.get("/").text()).isEqualTo("42");
    }

    // Flask: tests/test_templating.py::test_simple_stream (a template file: template strings are not streamed)
    @Test
    void simpleStream() {
        java.util.List<String> teardown = new ArrayList<>();
        app.teardownRequest(e -> teardown.add("done"));
        app.route("/", "index", args -> dev.flaskspring.Globals.streamTemplate("context_template.html", "value", 42,
                "injected_value", dev.flaskspring.Globals.request().path()));
        assertThat(client.get("/").text()).isEqualTo("<p>42|/");
        assertThat(teardown).containsExactly("done");
    }

    // Flask: tests/test_templating.py::test_request_less_rendering
    @Test
    void requestLessRendering() {
        app.config().put("WORLD_NAME", "Special World");
        app.contextProcessor(() -> Map.of("foo", 42));
        try (var ctx = app.appContext()) {
            assertThat(renderTemplateString("Hello {{config.WORLD_NAME}} {{foo}}")).isEqualTo("Hello Special World 42");
        }
    }

    // Flask: tests/test_templating.py::test_standard_context
    @Test
    void standardContext() {
        app.route("/", "index", args -> {
            g().put("foo", 23);
            session().put("test", "aha");
            return renderTemplateString("{{request.args.foo}} {{g.foo}} {{config.DEBUG}} {{session.test}}");
        });
        assertThat(client.get("/?foo=42").text().split(" ")).containsExactly("42", "23", "false", "aha");
    }

    @Test
    void theRequestsMultiDictsAndHeadersResolveByKeyAndAreFalseWhenEmpty() {
        app.route("/", "index", java.util.Set.of("GET", "POST"), args -> renderTemplateString(
                "{{request.args.a}}|{{request.form.name}}|{{request.headers.x-token}}|{{request.headers.X-TOKEN}}|"
                + "{{request.cookies.flavour}}|{{request.args.missing}}|{{#request.form}}form{{/request.form}}"
                + "{{^request.form}}no form{{/request.form}}"));
        client.setCookie("flavour", "oat");
        assertThat(client.open(dev.flaskspring.testing.TestRequest.post("/?a=1&a=2").form(Map.of("name", "Ada"))
                .header("X-Token", "t1")).text()).isEqualTo("1|Ada|t1|t1|oat||form");
        assertThat(client.get("/").text()).isEqualTo("||||oat||no form");
        try (var ctx = app.testRequestContext("/")) {
            assertThat(renderTemplateString("{{#d}}full {{k}}{{/d}}{{^d}}empty{{/d}}", "d", new MultiDict<String>()))
                    .isEqualTo("empty");
            assertThat(renderTemplateString("{{#d}}full {{k}}{{/d}}{{^d}}empty{{/d}}", "d", MultiDict.of(Map.of("k", "v"))))
                    .isEqualTo("full v");
        }
    }

    // Flask: tests/test_templating.py::test_escaping
    @Test
    void escaping() {
        String text = "<p>Hello World!";
        app.route("/", "index", args -> renderTemplate("escaping_template.html", "text", text, "html", new Markup(text),
                "quoted", "\"it's\" <x>"));
        assertThat(client.get("/").text().split("\n")).containsExactly("&lt;p&gt;Hello World!", "<p>Hello World!",
                "<p>Hello World!", "<p>Hello World!", "<a title=\"&#34;it&#39;s&#34; &lt;x&gt;\">");
    }

    // Flask: tests/test_templating.py::test_no_escaping
    @Test
    void noEscaping() {
        String text = "<p>Hello World!";
        app.route("/", "index", args -> renderTemplate("non_escaping_template.txt", "text", text, "html", new Markup(text)));
        assertThat(client.get("/").text().split("\n")).containsOnly("<p>Hello World!");
    }

    // Flask: tests/test_templating.py::test_escaping_without_template_filename
    @Test
    void escapingWithoutTemplateFilename() {
        try (var ctx = app.testRequestContext("/")) {
            assertThat(renderTemplateString("{{foo}}", "foo", "<test>")).isEqualTo("&lt;test&gt;");
            assertThat(renderTemplate("context_template.html", "value", "<b>", "injected_value", new Markup("<i>")))
                    .isEqualTo("<p>&lt;b&gt;|<i>");
        }
    }

    // Flask: tests/test_templating.py::test_add_template_global
    @Test
    void addTemplateGlobal() {
        app.templateGlobal("get_stuff", (java.util.concurrent.Callable<Integer>) () -> 42);
        try (var ctx = app.appContext()) {
            assertThat(renderTemplateString("{{get_stuff}}")).isEqualTo("42");
        }
    }

    // Flask: tests/test_templating.py::test_templates_auto_reload
    @Test
    void templatesAutoReload() {
        assertThat(app.templates().autoReload()).isFalse();
        app.config().put("DEBUG", true);
        assertThat(app.templates().autoReload()).isTrue();
        app.config().put("TEMPLATES_AUTO_RELOAD", false);
        assertThat(app.templates().autoReload()).isFalse();
        app.config().put("TEMPLATES_AUTO_RELOAD", true);
        app.config().put("DEBUG", false);
        assertThat(app.templates().autoReload()).isTrue();
    }

    record Post(int id, String title, String body) {
    }

    @Test
    void layoutInheritanceLoopsUrlForFlashesAndG() {
        app.route("/", "index", args -> {
            flash("Saved <post>");
            g().put("user", Map.of("username", "ada"));
            return renderTemplate("blog/index.html", "posts", List.of(new Post(1, "First", "Hi <b>"), new Post(2, "Second", "x")));
        });
        app.route("/<int:id>/update", "update", args -> "");
        app.route("/auth/login", "login", args -> "");
        client.get("/");
        String page = client.get("/").text();
        assertThat(page).contains("<title>Posts - Flaskr</title>").contains("<span>ada</span>")
                .contains("<h1>First</h1><a href=\"/1/update\">Edit</a><p>Hi &lt;b&gt;</p>")
                .contains("<a href=\"/2/update\">Edit</a>").contains("<div class=\"flash\">Saved &lt;post&gt;</div>");
    }

    // Flask: tests/test_templating.py::test_template_loader_debugging (the error names every folder searched)
    @Test
    void missingTemplateNamesWhereItLooked() {
        Blueprint admin = new Blueprint("admin", BlueprintOptions.builder().templateFolder("admin_templates").build());
        app.registerBlueprint(admin);
        try (var ctx = app.testRequestContext("/")) {
            assertThatThrownBy(() -> renderTemplate("missing.html")).isInstanceOf(TemplateNotFound.class)
                    .hasMessageContaining("missing.html").hasMessageContaining("classpath:templates/missing.html")
                    .hasMessageContaining("blueprint 'admin'");
        }
    }

    // Flask: tests/test_blueprints.py::test_templates_and_static (the template half)
    @Test
    void blueprintTemplateFoldersComeAfterTheApps() {
        Blueprint admin = new Blueprint("admin", BlueprintOptions.builder().urlPrefix("/admin")
                .templateFolder("admin_templates").build());
        admin.route("/", "index", args -> renderTemplate("admin/index.html"));
        app.registerBlueprint(admin);
        assertThat(client.get("/admin/").text()).isEqualTo("Hello from the Admin");
        try (var ctx = app.testRequestContext("/")) {
            assertThat(renderTemplate("shadowed.html")).isEqualTo("app wins");
        }
    }

    // Flask: tests/test_signals.py::test_template_rendered
    @Test
    void templateRendered() {
        app.route("/", "index", args -> renderTemplate("simple_template.html", "whiskey", 42));
        List<Object[]> recorded = new ArrayList<>();
        try (Connection c = Signals.TEMPLATE_RENDERED.connect(app, e -> recorded.add(new Object[] {e.template(), e.context()}))) {
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
        try (Connection c = Signals.BEFORE_RENDER_TEMPLATE.connect(app, e -> e.context().put("whiskey", 43))) {
            assertThat(client.get("/").text()).isEqualTo("<h1>43</h1>");
        }
    }
}
