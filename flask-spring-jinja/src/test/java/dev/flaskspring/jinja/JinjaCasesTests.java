package dev.flaskspring.jinja;

import static dev.flaskspring.Globals.flash;
import static dev.flaskspring.Globals.g;
import static dev.flaskspring.Globals.renderTemplate;
import static dev.flaskspring.Globals.renderTemplateString;
import static dev.flaskspring.Globals.session;
import static org.assertj.core.api.Assertions.assertThat;

import dev.flaskspring.AppOptions;
import dev.flaskspring.Flask;
import dev.flaskspring.ctx.RequestContext;
import dev.flaskspring.templating.Markup;
import dev.flaskspring.testing.TestRequest;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.json.JsonMapper;

/**
 * Renders each case of the Jinja corpus (templates, context and request recorded with the output Flask 3.1.3 and
 * Jinja2 3.1 gave, by {@code src/test/python/record_jinja_cases.py}) and expects the same text: output and escaping,
 * operators, Python methods, Jinja's filters, tests and tags, inheritance, and Flask's globals.
 */
@ExtendWith(NoLeakedContexts.class)
class JinjaCasesTests {

    private static final Map<String, Object> CORPUS = corpus();

    @SuppressWarnings("unchecked")
    private static Map<String, Object> corpus() {
        try (InputStream in = JinjaCasesTests.class.getResourceAsStream("/cases/jinja-cases.json")) {
            return JsonMapper.builder().build().readValue(in, Map.class);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings("unchecked")
    static Stream<Arguments> cases() {
        return ((List<Map<String, Object>>) CORPUS.get("cases")).stream()
                .map(c -> Arguments.of(c.get("name"), c));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    @SuppressWarnings("unchecked")
    void rendersAsFlask(String name, Map<String, Object> c) {
        Flask app = JinjaApps.flask(AppOptions.builder().templateFolder("cases/templates").staticFolder(null).build());
        app.route("/", "index", args -> "");
        app.route("/page", "page", java.util.Set.of("GET", "POST"), args -> "");
        app.route("/post/<int:id>", "post", args -> "");
        app.route("/static/<path:filename>", "static", args -> "");
        Map<String, Object> context = (Map<String, Object>) decode(CORPUS.get("context"));
        context.putAll((Map<String, Object>) decode(c.get("context")));
        Map<String, Object> request = (Map<String, Object>) c.getOrDefault("request", Map.of());
        String template = (String) c.get("template");
        try (RequestContext ctx = app.testRequestContext(testRequest(request))) {
            ((Map<String, Object>) request.getOrDefault("g", Map.of())).forEach((k, v) -> g().put(k, v));
            ((Map<String, Object>) request.getOrDefault("session", Map.of())).forEach((k, v) -> session().put(k, v));
            for (List<String> f : (List<List<String>>) request.getOrDefault("flash", List.of())) {
                flash(f.get(1), f.get(0));
            }
            String rendered = template.startsWith("file:") ? renderTemplate(template.substring(5), context)
                    : renderTemplateString(template, context);
            assertThat(rendered).isEqualTo(c.get("expected"));
        }
    }

    @SuppressWarnings("unchecked")
    private static TestRequest testRequest(Map<String, Object> request) {
        String path = (String) request.getOrDefault("path", "/");
        TestRequest r = TestRequest.of((String) request.getOrDefault("method", "GET"), path);
        if (request.containsKey("form")) {
            r.form((Map<String, Object>) request.get("form"));
        }
        return r;
    }

    /** The corpus' JSON value with its tagged values as Java ones: datetime, date, Markup. */
    @SuppressWarnings("unchecked")
    private static Object decode(Object value) {
        if (value instanceof Map<?, ?> map) {
            if (map.containsKey("$datetime")) {
                return LocalDateTime.parse((String) map.get("$datetime"));
            }
            if (map.containsKey("$date")) {
                return LocalDate.parse((String) map.get("$date"));
            }
            if (map.containsKey("$markup")) {
                return new Markup((String) map.get("$markup"));
            }
            Map<String, Object> out = new LinkedHashMap<>();
            ((Map<String, Object>) map).forEach((k, v) -> out.put(k, decode(v)));
            return out;
        }
        if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>();
            list.forEach(v -> out.add(decode(v)));
            return out;
        }
        return value;
    }
}
