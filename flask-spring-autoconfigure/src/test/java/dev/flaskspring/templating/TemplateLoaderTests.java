package dev.flaskspring.templating;

import static dev.flaskspring.Globals.renderTemplate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flaskspring.Flask;
import dev.flaskspring.TestApps;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Template names are split as Jinja splits them; ported from Jinja's {@code tests/test_loader.py}. */
class TemplateLoaderTests {

    // Jinja: tests/test_loader.py::TestLoaders::test_split_template_path
    @Test
    void splitTemplatePath() {
        assertThat(TemplateLoader.splitTemplatePath("foo/bar")).isEqualTo(List.of("foo", "bar"));
        assertThat(TemplateLoader.splitTemplatePath("./foo/bar")).isEqualTo(List.of("foo", "bar"));
        assertThat(TemplateLoader.splitTemplatePath("../foo")).as("TemplateNotFound").isNull();
    }

    @Test
    void emptyAndDotSegmentsAreDroppedAndDotDotAnywhereIsRefused() {
        assertThat(TemplateLoader.splitTemplatePath("//etc/passwd")).isEqualTo(List.of("etc", "passwd"));
        assertThat(TemplateLoader.splitTemplatePath("a/./b//c.html")).isEqualTo(List.of("a", "b", "c.html"));
        assertThat(TemplateLoader.splitTemplatePath("a..b/c...html")).isEqualTo(List.of("a..b", "c...html"));
        assertThat(TemplateLoader.splitTemplatePath("blog/../../secret")).isNull();
        assertThat(TemplateLoader.splitTemplatePath("blog/..")).isNull();
    }

    @Test
    void aNameWithLeadingSlashesStaysInsideTheTemplateFolder(@TempDir Path outside) throws Exception {
        Path secret = Files.writeString(outside.resolve("secret.html"), "the secret");
        Flask app = TestApps.flask();
        try (var ctx = app.testRequestContext("/")) {
            for (String name : List.of("//" + secret, "/" + secret, "///" + secret, "../" + secret.getFileName(),
                    "blog/../../" + secret.getFileName(), "context_template.html\u0000")) {
                assertThatThrownBy(() -> renderTemplate(name)).as(name).isInstanceOf(TemplateNotFound.class);
            }
            assertThat(renderTemplate("./context_template.html", "value", 1, "injected_value", 2)).isEqualTo("<p>1|2");
            assertThat(renderTemplate("/context_template.html", "value", 1, "injected_value", 2)).isEqualTo("<p>1|2");
        }
    }
}
