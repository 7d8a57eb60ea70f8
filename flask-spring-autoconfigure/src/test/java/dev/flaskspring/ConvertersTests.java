package dev.flaskspring;

import static dev.flaskspring.Globals.request;
import static dev.flaskspring.Globals.session;
import static dev.flaskspring.Globals.urlFor;
import static org.assertj.core.api.Assertions.assertThat;

import dev.flaskspring.routing.UrlConverter;
import dev.flaskspring.testing.FlaskClient;
import dev.flaskspring.urls.Urls;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Custom URL converters; ported from Flask's {@code tests/test_converters.py}. */
class ConvertersTests {

    final Flask app = TestApps.flask();
    final FlaskClient client = app.testClient();

    static final class ListConverter implements UrlConverter {
        @Override
        public Object toJava(String segment) {
            return Arrays.asList(segment.split(","));
        }

        @Override
        public String toUrl(Object value) {
            List<String> parts = new ArrayList<>();
            ((List<?>) value).forEach(x -> parts.add(Urls.quote(String.valueOf(x), "!$&'()*+,/:;=@")));
            return String.join(",", parts);
        }
    }

    // Flask: tests/test_converters.py::test_custom_converters
    @Test
    void customConverters() {
        app.urlMap().converters().put("list", new ListConverter());
        app.route("/<list:args>", "index", args -> String.join("|", args.get("args", List.class)));
        assertThat(client.get("/1,2,3").text()).isEqualTo("1|2|3");
        try (var ctx = app.testRequestContext("/")) {
            assertThat(urlFor("index", "args", List.of(4, 5, 6))).isEqualTo("/4,5,6");
        }
    }

    // Flask: tests/test_converters.py::test_context_available
    @Test
    void contextAvailable() {
        app.urlMap().converters().put("ctx", (UrlConverter) segment -> {
            assertThat(request()).isNotNull();
            assertThat(session()).isNotNull();
            return segment;
        });
        app.route("/<ctx:name>", "index", Set.of("GET"), args -> args.getString("name"));
        assertThat(client.get("/admin").text()).isEqualTo("admin");
    }

    @Test
    void getIntRefusesAValueThatDoesNotFitWith404InsteadOfTruncatingIt() {
        app.route("/<int:id>", "post", args -> "post " + args.getInt("id"));
        app.route("/long/<int:id>", "long", args -> "post " + args.getLong("id"));
        app.route("/text/<id>", "text", args -> "post " + args.getInt("id"));
        assertThat(client.get("/4294967297").statusCode()).isEqualTo(404);
        assertThat(client.get("/42").text()).isEqualTo("post 42");
        assertThat(client.get("/long/4294967297").text()).isEqualTo("post 4294967297");
        assertThat(client.get("/long/9223372036854775808").statusCode()).isEqualTo(404);
        assertThat(client.get("/text/12").text()).isEqualTo("post 12");
        assertThat(client.get("/text/twelve").statusCode()).isEqualTo(404);
        assertThat(client.get("/text/4294967297").statusCode()).isEqualTo(404);
    }

    @Test
    void builtInConvertersWithArguments() {
        app.route("/page/<int(min=1, max=9):n>", "page", args -> "page " + args.getInt("n"));
        app.route("/code/<string(length=2):code>", "code", args -> args.getString("code"));
        app.route("/files/<path:p>", "files", args -> args.getString("p"));
        app.route("/id/<uuid:u>", "id", args -> args.getUuid("u").toString());
        app.route("/lang/<any(en, de):lang>", "lang", args -> args.getString("lang"));
        app.route("/f/<float(signed=True):x>", "f", args -> String.valueOf(args.getDouble("x")));
        assertThat(client.get("/page/3").text()).isEqualTo("page 3");
        assertThat(client.get("/page/10").statusCode()).isEqualTo(404);
        assertThat(client.get("/code/en").text()).isEqualTo("en");
        assertThat(client.get("/code/eng").statusCode()).isEqualTo(404);
        assertThat(client.get("/files/a/b/c.txt").text()).isEqualTo("a/b/c.txt");
        assertThat(client.get("/id/7eb41166-9ebf-4d26-b771-ea3f54f8b383").text())
                .isEqualTo("7eb41166-9ebf-4d26-b771-ea3f54f8b383");
        assertThat(client.get("/lang/de").text()).isEqualTo("de");
        assertThat(client.get("/lang/fr").statusCode()).isEqualTo(404);
        assertThat(client.get("/f/-1.5").text()).isEqualTo("-1.5");
    }
}
