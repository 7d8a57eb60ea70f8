package dev.flaskspring.jinja;

import static dev.flaskspring.Globals.g;
import static dev.flaskspring.Globals.renderTemplate;
import static dev.flaskspring.Globals.renderTemplateString;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flaskspring.Blueprint;
import dev.flaskspring.BlueprintOptions;
import dev.flaskspring.Flask;
import dev.flaskspring.TemplateFilter;
import dev.flaskspring.TemplateTest;
import dev.flaskspring.annotation.AnnotatedViews;
import dev.flaskspring.annotation.Views;
import dev.flaskspring.templating.TemplateNotFound;
import dev.flaskspring.testing.FlaskClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The Jinja-dependent part of Flask's {@code tests/test_blueprints.py}: blueprint template folders, app-wide filters,
 * tests and globals registered on blueprints, and context processors. {@code bp.app_template_filter()} as a
 * decorator is {@code @TemplateFilter} on a {@code @Views(blueprint = "bp")} class; {@code add_app_template_filter} is
 * {@code bp.appTemplateFilter(name, f)}.
 * <p>Not ported: {@code test_templates_list} ({@code jinja_env.list_templates}: no such API).
 */
@ExtendWith(NoLeakedContexts.class)
class BlueprintsTests {

    final Flask app = JinjaApps.flask();
    final FlaskClient client = app.testClient();

    static String myReverse(Object s, Object... args) {
        return new StringBuilder(String.valueOf(s)).reverse().toString();
    }

    static boolean isBoolean(Object value, Object... args) {
        return value instanceof Boolean;
    }

    @Views(blueprint = "bp")
    static class ReverseFilter {
        @dev.flaskspring.annotation.TemplateFilter
        String my_reverse(Object s) {
            return myReverse(s);
        }
    }

    @Views(blueprint = "bp")
    static class NamedReverseFilter {
        @dev.flaskspring.annotation.TemplateFilter("strrev")
        String myReverse(Object s) {
            return BlueprintsTests.myReverse(s);
        }
    }

    @Views(blueprint = "bp")
    static class SuperReverseFilter {
        @dev.flaskspring.annotation.TemplateFilter
        String super_reverse(Object s) {
            return myReverse(s);
        }
    }

    @Views(blueprint = "bp")
    static class NamedSuperReverseFilter {
        @dev.flaskspring.annotation.TemplateFilter("super_reverse")
        String myReverse(Object s) {
            return BlueprintsTests.myReverse(s);
        }
    }

    @Views(blueprint = "bp")
    static class NamedBooleanTest {
        @dev.flaskspring.annotation.TemplateTest("boolean")
        boolean isBoolean(Object value) {
            return value instanceof Boolean;
        }
    }

    private static Blueprint blueprintApp(Flask app) {
        Blueprint admin = new Blueprint("admin", BlueprintOptions.builder().urlPrefix("/admin")
                .templateFolder("blueprintapp/admin/templates").build());
        admin.route("/", "index", args -> renderTemplate("admin/index.html"));
        admin.route("/index2", "index2", args -> renderTemplate("./admin/index.html"));
        Blueprint frontend = new Blueprint("frontend", BlueprintOptions.builder()
                .templateFolder("blueprintapp/frontend/templates").build());
        frontend.route("/", "index", args -> renderTemplate("frontend/index.html"));
        frontend.route("/missing", "missing_template", args -> renderTemplate("missing_template.html"));
        app.registerBlueprint(admin);
        app.registerBlueprint(frontend);
        return frontend;
    }

    // Flask: tests/test_blueprints.py::test_templates_and_static (the template half)
    @Test
    void templatesAndStatic() {
        blueprintApp(app);
        assertThat(client.get("/").text()).isEqualTo("Hello from the Frontend");
        assertThat(client.get("/admin/").text()).isEqualTo("Hello from the Admin");
        assertThat(client.get("/admin/index2").text()).isEqualTo("Hello from the Admin");
        try (var ctx = app.testRequestContext("/")) {
            assertThatThrownBy(() -> renderTemplate("missing.html")).isInstanceOfSatisfying(TemplateNotFound.class,
                    e -> assertThat(e.name()).isEqualTo("missing.html"));
        }
        Flask other = JinjaApps.flask();
        try (var ctx = other.testRequestContext("/")) {
            assertThat(renderTemplate("nested/nested.txt")).isEqualTo("I'm nested");
        }
    }

    // Flask: tests/test_templating.py::test_template_loader_debugging (the error, in a view of a blueprint)
    @Test
    void aMissingTemplateInAViewIsA500NamingTheTemplate() {
        blueprintApp(app);
        app.config().put("TESTING", false);
        assertThat(client.get("/missing").statusCode()).isEqualTo(500);
        app.config().put("PROPAGATE_EXCEPTIONS", true);
        assertThatThrownBy(() -> client.get("/missing")).isInstanceOf(TemplateNotFound.class)
                .hasMessageContaining("missing_template.html");
    }

    // Flask: tests/test_blueprints.py::test_template_filter
    @Test
    void templateFilter() throws Exception {
        AnnotatedViews.register(app, new ReverseFilter());
        assertThat(app.templateFilters()).containsKey("my_reverse");
        assertThat(app.templateFilters().get("my_reverse").apply("abcd")).isEqualTo("dcba");
    }

    // Flask: tests/test_blueprints.py::test_add_template_filter
    @Test
    void addTemplateFilter() throws Exception {
        Blueprint bp = new Blueprint("bp");
        TemplateFilter f = BlueprintsTests::myReverse;
        bp.appTemplateFilter("my_reverse", f);
        app.registerBlueprint(bp, BlueprintOptions.builder().urlPrefix("/py").build());
        assertThat(app.templateFilters().get("my_reverse")).isSameAs(f);
        assertThat(app.templateFilters().get("my_reverse").apply("abcd")).isEqualTo("dcba");
    }

    // Flask: tests/test_blueprints.py::test_template_filter_with_name
    @Test
    void templateFilterWithName() throws Exception {
        AnnotatedViews.register(app, new NamedReverseFilter());
        assertThat(app.templateFilters().get("strrev").apply("abcd")).isEqualTo("dcba");
    }

    // Flask: tests/test_blueprints.py::test_add_template_filter_with_name
    @Test
    void addTemplateFilterWithName() throws Exception {
        Blueprint bp = new Blueprint("bp");
        TemplateFilter f = BlueprintsTests::myReverse;
        bp.appTemplateFilter("strrev", f);
        app.registerBlueprint(bp, BlueprintOptions.builder().urlPrefix("/py").build());
        assertThat(app.templateFilters().get("strrev")).isSameAs(f);
        assertThat(app.templateFilters().get("strrev").apply("abcd")).isEqualTo("dcba");
    }

    // Flask: tests/test_blueprints.py::test_template_filter_with_template
    @Test
    void templateFilterWithTemplate() {
        AnnotatedViews.register(app, new SuperReverseFilter());
        app.route("/", "index", args -> renderTemplate("template_filter.html", "value", "abcd"));
        assertThat(client.get("/").text()).isEqualTo("dcba");
    }

    // Flask: tests/test_blueprints.py::test_template_filter_after_route_with_template
    @Test
    void templateFilterAfterRouteWithTemplate() {
        app.route("/", "index", args -> renderTemplate("template_filter.html", "value", "abcd"));
        Blueprint bp = new Blueprint("bp");
        bp.appTemplateFilter("super_reverse", BlueprintsTests::myReverse);
        app.registerBlueprint(bp, BlueprintOptions.builder().urlPrefix("/py").build());
        assertThat(client.get("/").text()).isEqualTo("dcba");
    }

    // Flask: tests/test_blueprints.py::test_add_template_filter_with_template
    @Test
    void addTemplateFilterWithTemplate() {
        Blueprint bp = new Blueprint("bp");
        bp.appTemplateFilter("super_reverse", BlueprintsTests::myReverse);
        app.registerBlueprint(bp, BlueprintOptions.builder().urlPrefix("/py").build());
        app.route("/", "index", args -> renderTemplate("template_filter.html", "value", "abcd"));
        assertThat(client.get("/").text()).isEqualTo("dcba");
    }

    // Flask: tests/test_blueprints.py::test_template_filter_with_name_and_template
    @Test
    void templateFilterWithNameAndTemplate() {
        AnnotatedViews.register(app, new NamedSuperReverseFilter());
        app.route("/", "index", args -> renderTemplate("template_filter.html", "value", "abcd"));
        assertThat(client.get("/").text()).isEqualTo("dcba");
    }

    // Flask: tests/test_blueprints.py::test_add_template_filter_with_name_and_template
    @Test
    void addTemplateFilterWithNameAndTemplate() {
        Blueprint bp = new Blueprint("bp");
        bp.appTemplateFilter("super_reverse", BlueprintsTests::myReverse);
        app.registerBlueprint(bp, BlueprintOptions.builder().urlPrefix("/py").build());
        app.route("/", "index", args -> renderTemplate("template_filter.html", "value", "abcd"));
        assertThat(client.get("/").text()).isEqualTo("dcba");
    }

    // Flask: tests/test_blueprints.py::test_template_test
    @Test
    void templateTest() throws Exception {
        AnnotatedViews.register(app, new NamedBooleanTest());
        assertThat(app.templateTests()).containsKey("boolean");
        assertThat(app.templateTests().get("boolean").test(false)).isTrue();
    }

    // Flask: tests/test_blueprints.py::test_add_template_test
    @Test
    void addTemplateTest() throws Exception {
        Blueprint bp = new Blueprint("bp");
        TemplateTest t = BlueprintsTests::isBoolean;
        bp.appTemplateTest("is_boolean", t);
        app.registerBlueprint(bp, BlueprintOptions.builder().urlPrefix("/py").build());
        assertThat(app.templateTests().get("is_boolean")).isSameAs(t);
        assertThat(app.templateTests().get("is_boolean").test(false)).isTrue();
    }

    // Flask: tests/test_blueprints.py::test_template_test_with_name
    @Test
    void templateTestWithName() throws Exception {
        AnnotatedViews.register(app, new NamedBooleanTest());
        assertThat(app.templateTests().get("boolean").test(false)).isTrue();
    }

    // Flask: tests/test_blueprints.py::test_add_template_test_with_name
    @Test
    void addTemplateTestWithName() throws Exception {
        Blueprint bp = new Blueprint("bp");
        TemplateTest t = BlueprintsTests::isBoolean;
        bp.appTemplateTest("boolean", t);
        app.registerBlueprint(bp, BlueprintOptions.builder().urlPrefix("/py").build());
        assertThat(app.templateTests().get("boolean")).isSameAs(t);
        assertThat(app.templateTests().get("boolean").test(false)).isTrue();
    }

    // Flask: tests/test_blueprints.py::test_template_test_with_template
    @Test
    void templateTestWithTemplate() {
        AnnotatedViews.register(app, new NamedBooleanTest());
        app.route("/", "index", args -> renderTemplate("template_test.html", "value", false));
        assertThat(client.get("/").text()).contains("Success!");
    }

    // Flask: tests/test_blueprints.py::test_template_test_after_route_with_template
    @Test
    void templateTestAfterRouteWithTemplate() {
        app.route("/", "index", args -> renderTemplate("template_test.html", "value", false));
        Blueprint bp = new Blueprint("bp");
        bp.appTemplateTest("boolean", BlueprintsTests::isBoolean);
        app.registerBlueprint(bp, BlueprintOptions.builder().urlPrefix("/py").build());
        assertThat(client.get("/").text()).contains("Success!");
    }

    // Flask: tests/test_blueprints.py::test_add_template_test_with_template
    @Test
    void addTemplateTestWithTemplate() {
        Blueprint bp = new Blueprint("bp");
        bp.appTemplateTest("boolean", BlueprintsTests::isBoolean);
        app.registerBlueprint(bp, BlueprintOptions.builder().urlPrefix("/py").build());
        app.route("/", "index", args -> renderTemplate("template_test.html", "value", false));
        assertThat(client.get("/").text()).contains("Success!");
    }

    // Flask: tests/test_blueprints.py::test_template_test_with_name_and_template
    @Test
    void templateTestWithNameAndTemplate() {
        AnnotatedViews.register(app, new NamedBooleanTest());
        app.route("/", "index", args -> renderTemplate("template_test.html", "value", false));
        assertThat(client.get("/").text()).contains("Success!");
    }

    // Flask: tests/test_blueprints.py::test_add_template_test_with_name_and_template
    @Test
    void addTemplateTestWithNameAndTemplate() {
        Blueprint bp = new Blueprint("bp");
        bp.appTemplateTest("boolean", BlueprintsTests::isBoolean);
        app.registerBlueprint(bp, BlueprintOptions.builder().urlPrefix("/py").build());
        app.route("/", "index", args -> renderTemplate("template_test.html", "value", false));
        assertThat(client.get("/").text()).contains("Success!");
    }

    // Flask: tests/test_blueprints.py::test_context_processing
    @Test
    void contextProcessing() {
        Blueprint answerBp = new Blueprint("answer_bp");
        String template = "{% if notanswer %}{{ notanswer }} is not the answer. {% endif %}"
                + "{% if answer %}{{ answer }} is the answer.{% endif %}";
        answerBp.appContextProcessor(() -> Map.of("notanswer", 43));
        answerBp.contextProcessor(() -> Map.of("answer", 42));
        answerBp.route("/bp", "bp_page", args -> renderTemplateString(template));
        app.route("/", "app_page", args -> renderTemplateString(template));
        app.registerBlueprint(answerBp);

        String appPage = client.get("/").text();
        String answerPage = client.get("/bp").text();
        assertThat(appPage).contains("43").doesNotContain("42");
        assertThat(answerPage).contains("42").contains("43");
    }

    // Flask: tests/test_blueprints.py::test_template_global
    @Test
    void templateGlobal() {
        Blueprint bp = new Blueprint("bp");
        Supplier<Object> getAnswer = () -> 42;
        bp.appTemplateGlobal("get_answer", getAnswer);
        assertThat(app.templateGlobals()).doesNotContainKey("get_answer");
        app.registerBlueprint(bp);
        assertThat(app.templateGlobals().get("get_answer")).isSameAs(getAnswer);
        try (var ctx = app.appContext()) {
            assertThat(renderTemplateString("{{ get_answer() }}")).isEqualTo("42");
        }
    }

    // Flask: tests/test_blueprints.py::test_nested_callback_order (the context processors)
    @Test
    void nestedCallbackOrder() {
        Blueprint parent = new Blueprint("parent");
        Blueprint child = new Blueprint("child");
        app.beforeRequest(() -> see("app_1"));
        app.beforeRequest(() -> see("app_2"));
        app.contextProcessor(() -> Map.of("key", "app"));
        parent.beforeRequest(() -> see("parent_1"));
        parent.beforeRequest(() -> see("parent_2"));
        parent.contextProcessor(() -> Map.of("key", "parent"));
        child.beforeRequest(() -> see("child_1"));
        child.beforeRequest(() -> see("child_2"));
        child.contextProcessor(() -> Map.of("key", "child"));
        child.route("/a", "a", args -> String.join(", ", seen()));
        child.route("/b", "b", args -> renderTemplateString("{{ key }}"));
        parent.registerBlueprint(child);
        app.registerBlueprint(parent);
        assertThat(client.get("/a").text()).isEqualTo("app_1, app_2, parent_1, parent_2, child_1, child_2");
        assertThat(client.get("/b").text()).isEqualTo("child");
    }

    private static Object see(String name) {
        seen().add(name);
        return null;
    }

    @SuppressWarnings("unchecked")
    private static List<String> seen() {
        return (List<String>) g().setdefault("seen", new ArrayList<String>());
    }
}
