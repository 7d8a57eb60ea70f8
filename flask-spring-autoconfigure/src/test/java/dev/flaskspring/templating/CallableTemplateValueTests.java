package dev.flaskspring.templating;

import static dev.flaskspring.Globals.renderTemplateString;
import static org.assertj.core.api.Assertions.assertThat;

import dev.flaskspring.Flask;
import dev.flaskspring.TestApps;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

/** A {@link Callable} template value is called; what it returns is escaped unless it is {@link Markup}, as in Jinja. */
class CallableTemplateValueTests {

    final Flask app = TestApps.flask();

    @Test
    void markupReturnedByACallableIsWrittenAsItIs() {
        app.templateGlobal("meta_tag", (Callable<Markup>) () -> new Markup("<meta name=\"a\" content=\"b\">"));
        try (var ctx = app.appContext()) {
            assertThat(renderTemplateString("{{meta_tag}}")).isEqualTo("<meta name=\"a\" content=\"b\">");
        }
    }

    @Test
    void textReturnedByACallableIsEscaped() {
        app.templateGlobal("text", (Callable<String>) () -> "<b>&</b>");
        try (var ctx = app.appContext()) {
            assertThat(renderTemplateString("{{text}}|{{{text}}}")).isEqualTo("&lt;b&gt;&amp;&lt;/b&gt;|<b>&</b>");
        }
    }

    @Test
    void aCallableReturningNullWritesNothing() {
        app.templateGlobal("nothing", (Callable<Object>) () -> null);
        try (var ctx = app.appContext()) {
            assertThat(renderTemplateString("[{{nothing}}]")).isEqualTo("[]");
        }
    }
}
