package dev.flaskspring.jinja;

import static dev.flaskspring.Globals.abort;
import static dev.flaskspring.Globals.getTemplateAttribute;
import static dev.flaskspring.Globals.renderTemplate;
import static dev.flaskspring.Globals.renderTemplateString;
import static dev.flaskspring.Globals.streamTemplate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flaskspring.AppOptions;
import dev.flaskspring.Flask;
import dev.flaskspring.TemplateFilter;
import dev.flaskspring.exceptions.BuildError;
import dev.flaskspring.templating.Markup;
import dev.flaskspring.templating.TemplateNotFound;
import dev.flaskspring.testing.FlaskClient;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What the Jinja engine adds to Flask's templating: compiling once, reloading, errors, Java values, streaming. */
@ExtendWith(NoLeakedContexts.class)
class JinjaEngineTests {

    @TempDir
    Path root;

    final Flask app = JinjaApps.flask();
    final FlaskClient client = app.testClient();

    /** A blog post as an application would model it. */
    public record Post(long id, String title, String authorName) {
    }

    /** A bean with getters and a boolean {@code is} accessor, as Flask-Login's user mixin has. */
    public static final class User {
        public String getName() {
            return "ann";
        }

        public boolean isAuthenticated() {
            return true;
        }
    }

    private Flask onDisk(String name, String text) throws IOException {
        Files.createDirectories(root.resolve("templates"));
        Files.writeString(root.resolve("templates").resolve(name), text);
        return JinjaApps.flask(AppOptions.builder().rootPath(root.toString()).build());
    }

    private static void rewrite(Path file, String text) throws IOException {
        FileTime before = Files.getLastModifiedTime(file);
        Files.writeString(file, text);
        Files.setLastModifiedTime(file, FileTime.fromMillis(before.toMillis() + 2000));
    }

    @Test
    void theJinjaEngineIsChosenWhenTheModuleIsOnTheClasspath() {
        assertThat(app.templates().engine()).isInstanceOf(JinjaEngine.class);
    }

    @Test
    void templateEngineMustacheStillChoosesMustache() {
        app.config().put("TEMPLATE_ENGINE", "mustache");
        assertThat(app.templates().engine()).isNotInstanceOf(JinjaEngine.class);
    }

    @Test
    void aTemplateCompilesOnceAndAChangeIsIgnoredWithoutAutoReload() throws IOException {
        Flask disk = onDisk("page.html", "one");
        try (var ctx = disk.appContext()) {
            assertThat(renderTemplate("page.html")).isEqualTo("one");
            rewrite(root.resolve("templates/page.html"), "two");
            assertThat(renderTemplate("page.html")).isEqualTo("one");
        }
    }

    // Flask: TEMPLATES_AUTO_RELOAD makes jinja_env.auto_reload check each template's file before using it
    @Test
    void templatesAutoReloadCompilesAChangedTemplateAgain() throws IOException {
        Flask disk = onDisk("page.html", "one");
        disk.config().put("TEMPLATES_AUTO_RELOAD", true);
        Files.writeString(root.resolve("templates/base.html"), "[{% block body %}{% endblock %}]");
        rewrite(root.resolve("templates/page.html"), "{% extends 'base.html' %}{% block body %}one{% endblock %}");
        try (var ctx = disk.appContext()) {
            assertThat(renderTemplate("page.html")).isEqualTo("[one]");
            rewrite(root.resolve("templates/base.html"), "<{% block body %}{% endblock %}>");
            assertThat(renderTemplate("page.html")).isEqualTo("<one>");
        }
    }

    @Test
    void aMissingIncludedTemplateIsTemplateNotFoundNamingIt() {
        try (var ctx = app.appContext()) {
            assertThatThrownBy(() -> renderTemplateString("{% include 'no/such.html' %}"))
                    .isInstanceOfSatisfying(TemplateNotFound.class, e -> assertThat(e.name()).isEqualTo("no/such.html"));
            assertThatThrownBy(() -> renderTemplateString("{% extends 'gone.html' %}"))
                    .isInstanceOf(TemplateNotFound.class).hasMessageStartingWith("gone.html");
        }
    }

    @Test
    void aTemplateNameClimbingOutOfItsFolderIsNotFound() {
        try (var ctx = app.appContext()) {
            assertThatThrownBy(() -> renderTemplate("../templates/simple_template.html"))
                    .isInstanceOf(TemplateNotFound.class);
        }
    }

    @Test
    void anUnclosedTagIsATemplateSyntaxErrorNamingTheTemplateAndLine() {
        try (var ctx = app.appContext()) {
            assertThatThrownBy(() -> renderTemplateString("line one\n{% if x %}\nnever closed"))
                    .isInstanceOf(TemplateSyntaxError.class).hasMessageContaining("<template>");
        }
    }

    // Jinja: an attribute of an undefined value raises UndefinedError; of None it is undefined
    @Test
    void anAttributeOfAnUndefinedNameIsAnErrorNamingIt() {
        try (var ctx = app.appContext()) {
            assertThatThrownBy(() -> renderTemplateString("{{ missing.title }}"))
                    .isInstanceOf(TemplateRuntimeError.class).hasMessage("'missing' is undefined");
            assertThat(renderTemplateString("[{{ nothing.title }}][{{ nothing['title'] }}]", "nothing", null))
                    .isEqualTo("[][]");
        }
    }

    @Test
    void anUnknownFilterIsAnErrorNamingIt() {
        try (var ctx = app.appContext()) {
            assertThatThrownBy(() -> renderTemplateString("{{ 'x'|no_such_filter }}"))
                    .isInstanceOf(TemplateRuntimeError.class).hasMessageContaining("no_such_filter");
        }
    }

    @Test
    void anAbortInAFilterReachesTheViewAsTheHttpError() {
        app.templateFilter("deny", (value, args) -> abort(403));
        app.route("/", "index", args -> renderTemplateString("{{ 'x'|deny }}"));
        assertThat(client.get("/").statusCode()).isEqualTo(403);
    }

    @Test
    void urlForAnUnknownEndpointRaisesFlasksBuildError() {
        try (var ctx = app.testRequestContext("/")) {
            assertThatThrownBy(() -> renderTemplateString("{{ url_for('nowhere') }}")).isInstanceOf(BuildError.class);
        }
    }

    @Test
    void recordsBeansAndTheRequestHaveAttributesAsPythonObjects() {
        app.route("/p", "page", args -> renderTemplateString(
                "{{ post.title }} by {{ post.author_name }} #{{ post['id'] }} | {{ user.name }} {{ user.is_authenticated }}"
                        + " | {{ request.full_path }} {{ request.url_root }} {{ request.headers['X-Test'] }}"
                        + " {{ request.headers.get('x-test') }} [{{ post.nothing }}]",
                "post", new Post(7, "Hello", "ann"), "user", new User()));
        assertThat(client.open(dev.flaskspring.testing.TestRequest.get("/p?a=1").header("X-Test", "yes")).text())
                .isEqualTo("Hello by ann #7 | ann True | /p?a=1 http://localhost/ yes yes []");
    }

    @Test
    void markupFromTheAppIsNeverEscapedAndAFilterMayReturnMarkup() {
        app.templateFilter("bold", (value, args) -> new Markup("<b>" + Markup.escapeText(value.toString()) + "</b>"));
        try (var ctx = app.appContext()) {
            assertThat(renderTemplateString("{{ html }} {{ name|bold }} {{ html|e }}", "html", new Markup("<i>x</i>"),
                    "name", "<a>")).isEqualTo("<i>x</i> <b>&lt;a&gt;</b> <i>x</i>");
        }
    }

    @Test
    void filtersReceiveKeywordArgumentsAsALastMap() {
        List<Object> seen = new ArrayList<>();
        app.templateFilter("show", (value, args) -> {
            seen.add(List.of(args));
            return value;
        });
        try (var ctx = app.appContext()) {
            renderTemplateString("{{ 1|show(2, three=3) }}");
        }
        assertThat(seen).containsExactly(List.of(2L, Map.of("three", 3L)));
    }

    @Test
    void templateGlobalsThatAreFunctionsOrFiltersAreCallable() {
        app.templateGlobal("double", (Function<Object, Object>) v -> ((Number) v).longValue() * 2);
        app.templateGlobal("join", (TemplateFilter) (value, args) -> value + "+" + List.of(args));
        try (var ctx = app.appContext()) {
            assertThat(renderTemplateString("{{ double(21) }} {{ join('a', 'b', 'c') }}")).isEqualTo("42 a+[b, c]");
        }
    }

    @Test
    void getTemplateAttributeGivesATemplatesTopLevelVariables() {
        try (var ctx = app.appContext()) {
            assertThat(getTemplateAttribute("cases/macros.html", "version")).isEqualTo("2.0");
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"page.html, true", "page.htm, true", "page.xml, true", "page.xhtml, true", "page.svg, true",
        "page.txt, false", "page.js, false", "page.HTML, true"})
    void autoescapeFollowsTheExtensionAsFlaskDecides(String name, boolean escaped) throws IOException {
        Flask disk = onDisk(name, "{{ v }}");
        try (var ctx = disk.appContext()) {
            assertThat(renderTemplate(name, "v", "<&>")).isEqualTo(escaped ? "&lt;&amp;&gt;" : "<&>");
        }
    }

    @Test
    void streamTemplateRendersAJinjaTemplateIntoTheBody() {
        app.route("/", "index", args -> streamTemplate("context_template.html", "value", "<s>", "injected_value", 1));
        assertThat(client.get("/").text()).isEqualTo("<p>&lt;s&gt;|1");
    }

    @Test
    void oneTemplateRendersConcurrentlyOnManyThreads() throws Exception {
        String template = "{% macro li(x) %}<li>{{ x }}</li>{% endmacro %}"
                + "{% for i in items %}{{ li(i * n) }}{% if not loop.last %},{% endif %}{% endfor %}";
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int n = 0; n < 200; n++) {
                long factor = n;
                results.add(pool.submit(() -> {
                    try (var ctx = app.appContext()) {
                        return factor + ":" + renderTemplateString(template, "items", List.of(1, 2, 3), "n", factor);
                    }
                }));
            }
            for (int n = 0; n < 200; n++) {
                assertThat(results.get(n).get()).isEqualTo(n + ":<li>" + n + "</li>,<li>" + 2 * n + "</li>,<li>"
                        + 3 * n + "</li>");
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
