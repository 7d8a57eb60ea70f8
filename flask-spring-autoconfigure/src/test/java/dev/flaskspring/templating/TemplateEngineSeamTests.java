package dev.flaskspring.templating;

import static dev.flaskspring.Globals.getTemplateAttribute;
import static dev.flaskspring.Globals.renderTemplate;
import static dev.flaskspring.Globals.streamTemplateString;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flaskspring.Blueprint;
import dev.flaskspring.Flask;
import dev.flaskspring.TestApps;
import dev.flaskspring.signals.Connection;
import dev.flaskspring.signals.Signals;
import dev.flaskspring.testing.FlaskClient;
import java.io.IOException;
import java.io.Writer;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The template engine seam: choosing an engine, what it is given, and what the core does around it. */
class TemplateEngineSeamTests {

    final Flask app = TestApps.flask();
    final FlaskClient client = app.testClient();

    /** An engine that renders every template as its name and the keys of its context, found through a provider. */
    public static final class EchoProvider implements TemplateEngineProvider {
        @Override
        public String name() {
            return "echo";
        }

        @Override
        public TemplateEngine create(Flask app, TemplateLoader loader) {
            return new TemplateEngine() {
                @Override
                public Template getTemplate(String name) {
                    loader.load(name).orElseThrow(() -> loader.notFound(name));
                    return echo(name);
                }

                @Override
                public Template fromString(String source) {
                    return echo(null);
                }
            };
        }

        private static Template echo(String name) {
            return new Template() {
                @Override
                public String name() {
                    return name;
                }

                @Override
                public void render(Map<String, Object> context, Writer out) throws IOException {
                    out.write("echo " + name + " " + context.get("value"));
                }
            };
        }
    }

    private static ClassLoader withProvider(Path dir) throws IOException {
        Path services = dir.resolve("META-INF/services");
        Files.createDirectories(services);
        Files.writeString(services.resolve(TemplateEngineProvider.class.getName()), EchoProvider.class.getName());
        return new URLClassLoader(new URL[] {dir.toUri().toURL()}, TemplateEngineSeamTests.class.getClassLoader());
    }

    private <T> T withContextClassLoader(ClassLoader loader, java.util.function.Supplier<T> action) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        try {
            return action.get();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    @Test
    void withoutAnotherEngineOnTheClasspathMustacheRenders() {
        assertThat(app.templates().engine()).isInstanceOf(MustacheEngine.class);
    }

    @Test
    void anEngineFoundOnTheClasspathIsChosenWithoutConfiguration(@TempDir Path dir) throws IOException {
        ClassLoader loader = withProvider(dir);
        assertThat(withContextClassLoader(loader, () -> app.templates().engine()).getClass().getEnclosingClass())
                .isEqualTo(EchoProvider.class);
        app.route("/", "index", args -> renderTemplate("simple_template.html", "value", 7));
        assertThat(client.get("/").text()).isEqualTo("echo simple_template.html 7");
    }

    @Test
    void templateEngineMustacheKeepsMustacheWhenAnotherEngineIsPresent(@TempDir Path dir) throws IOException {
        app.config().put("TEMPLATE_ENGINE", "mustache");
        assertThat(withContextClassLoader(withProvider(dir), () -> app.templates().engine()))
                .isInstanceOf(MustacheEngine.class);
    }

    @Test
    void anUnknownTemplateEngineIsAClearError() {
        app.config().put("TEMPLATE_ENGINE", "jinja");
        assertThatThrownBy(() -> app.templates().engine()).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("TEMPLATE_ENGINE is 'jinja'").hasMessageContaining("flask-spring-jinja");
    }

    @Test
    void theEngineSeesTheContextFlaskBuildsAndTheSignalsAreSentAroundIt(@TempDir Path dir) throws IOException {
        withContextClassLoader(withProvider(dir), () -> app.templates().engine());
        app.contextProcessor(() -> Map.of("value", "from processor"));
        app.route("/", "index", args -> renderTemplate("simple_template.html"));
        List<String> sent = new ArrayList<>();
        try (Connection before = Signals.BEFORE_RENDER_TEMPLATE.connect(app, e -> sent.add("before " + ((Template) e.template()).name()));
                Connection after = Signals.TEMPLATE_RENDERED.connect(app, e -> sent.add("after"))) {
            assertThat(client.get("/").text()).isEqualTo("echo simple_template.html from processor");
        }
        assertThat(sent).containsExactly("before simple_template.html", "after");
    }

    @Test
    void aMissingTemplateIsTemplateNotFoundFromAnyEngine(@TempDir Path dir) throws IOException {
        withContextClassLoader(withProvider(dir), () -> app.templates().engine());
        try (var ctx = app.appContext()) {
            assertThatThrownBy(() -> renderTemplate("missing.html")).isInstanceOf(TemplateNotFound.class)
                    .hasMessageStartingWith("missing.html");
        }
    }

    @Test
    void filtersAndTestsOfABlueprintAreAppWide() {
        Blueprint bp = new Blueprint("bp");
        bp.templateFilter("reverse", (value, args) -> new StringBuilder(value.toString()).reverse().toString());
        bp.appTemplateTest("boolean", (value, args) -> value instanceof Boolean);
        app.templateFilter("upper", (value, args) -> value.toString().toUpperCase());
        app.registerBlueprint(bp);
        assertThat(app.templateFilters()).containsOnlyKeys("reverse", "upper");
        assertThat(app.templateTests()).containsOnlyKeys("boolean");
    }

    @Test
    void mustacheHasNoTemplateAttributes() {
        try (var ctx = app.appContext()) {
            assertThatThrownBy(() -> getTemplateAttribute("simple_template.html", "x"))
                    .isInstanceOf(UnsupportedOperationException.class).hasMessageContaining("Jinja");
        }
    }

    // Flask 3.1 has stream_template_string beside stream_template (flask/templating.py)
    @Test
    void streamTemplateStringRendersAsTheBodyIsWritten() {
        app.route("/", "index", args -> streamTemplateString("{{value}}!", "value", "<b>"));
        assertThat(client.get("/").text()).isEqualTo("&lt;b&gt;!");
    }
}
