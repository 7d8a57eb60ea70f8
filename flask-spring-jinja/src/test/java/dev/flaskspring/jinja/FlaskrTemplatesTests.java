package dev.flaskspring.jinja;

import static dev.flaskspring.Globals.flash;
import static dev.flaskspring.Globals.g;
import static dev.flaskspring.Globals.redirect;
import static dev.flaskspring.Globals.renderTemplate;
import static dev.flaskspring.Globals.request;
import static dev.flaskspring.Globals.session;
import static dev.flaskspring.Globals.urlFor;
import static org.assertj.core.api.Assertions.assertThat;

import dev.flaskspring.AppOptions;
import dev.flaskspring.Blueprint;
import dev.flaskspring.Flask;
import dev.flaskspring.testing.FlaskClient;
import dev.flaskspring.testing.TestRequest;
import dev.flaskspring.testing.TestResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.json.JsonMapper;

/**
 * Flask's tutorial templates (flaskr's {@code templates/}, unchanged) rendered by this module, byte for byte as
 * Python flaskr rendered them (recorded by {@code flaskr/record_flaskr_pages.py} with Flask 3.1.3). The views are
 * flaskr's, on the rows the recording saved; SQL rows are maps and {@code created} a {@code LocalDateTime}, as the
 * demo's database layer gives them.
 */
@ExtendWith(NoLeakedContexts.class)
class FlaskrTemplatesTests {

    private static final Map<String, Object> DATA = data();

    final Flask app = flaskr();
    final FlaskClient client = app.testClient();

    @SuppressWarnings("unchecked")
    private static Map<String, Object> data() {
        try (InputStream in = FlaskrTemplatesTests.class.getResourceAsStream("/flaskr/data.json")) {
            return JsonMapper.builder().build().readValue(in, Map.class);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> posts() {
        List<Map<String, Object>> posts = new ArrayList<>();
        for (Map<String, Object> row : (List<Map<String, Object>>) DATA.get("posts")) {
            Map<String, Object> post = new LinkedHashMap<>(row);
            post.put("created", LocalDateTime.parse((String) row.get("created")));
            posts.add(post);
        }
        return posts;
    }

    /** flaskr's views on the recorded rows: the same templates, flashes and redirects, no database. */
    @SuppressWarnings("unchecked")
    private static Flask flaskr() {
        Flask app = JinjaApps.flask(AppOptions.builder().templateFolder("flaskr/templates").staticFolder(null).build());
        Map<String, Object> user = (Map<String, Object>) DATA.get("user");
        List<Map<String, Object>> posts = posts();
        app.route("/static/<path:filename>", "static", args -> "");

        Blueprint auth = new Blueprint("auth", "/auth");
        auth.beforeAppRequest(() -> {
            g().put("user", user.get("id").equals(session().get("user_id")) ? user : null);
            return null;
        });
        auth.route("/register", "register", Set.of("GET", "POST"), args -> {
            if ("POST".equals(request().method())) {
                flash("User " + request().form().require("username") + " is already registered.");
            }
            return renderTemplate("auth/register.html");
        });
        auth.route("/login", "login", Set.of("GET", "POST"), args -> {
            if ("POST".equals(request().method())) {
                flash("Incorrect username.");
            }
            return renderTemplate("auth/login.html");
        });
        auth.route("/logout", "logout", args -> redirect(urlFor("index")));

        Blueprint blog = new Blueprint("blog");
        blog.route("/", "index", args -> renderTemplate("blog/index.html", "posts", posts));
        blog.route("/create", "create", Set.of("GET", "POST"), args -> {
            if ("POST".equals(request().method()) && request().form().require("title").isEmpty()) {
                flash("Title is required.");
            }
            return renderTemplate("blog/create.html");
        });
        blog.route("/<int:id>/update", "update", Set.of("GET", "POST"), args -> {
            Map<String, Object> post = posts.stream()
                    .filter(p -> ((Number) p.get("id")).intValue() == args.getInt("id")).findFirst().orElseThrow();
            if ("POST".equals(request().method()) && request().form().require("title").isEmpty()) {
                flash("Title is required.");
            }
            return renderTemplate("blog/update.html", "post", post);
        });
        blog.route("/<int:id>/delete", "delete", Set.of("POST"), args -> redirect(urlFor("blog.index")));
        app.registerBlueprint(auth);
        app.registerBlueprint(blog);
        app.addUrlRule("/", "index", null);
        return app;
    }

    // Each page Python flaskr rendered, rendered here from flaskr's templates: the same bytes.
    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "index-anonymous.html, GET, /, '', false",
        "index-logged-in.html, GET, /, '', true",
        "login.html, GET, /auth/login, '', false",
        "login-incorrect-username.html, POST, /auth/login, username=nobody&password=x, false",
        "register.html, GET, /auth/register, '', false",
        "register-already-registered.html, POST, /auth/register, username=alice&password=x, false",
        "create.html, GET, /create, '', true",
        "create-title-required.html, POST, /create, title=&body=kept <body>, true",
        "update.html, GET, /1/update, '', true",
        "update-title-required.html, POST, /1/update, title=&body=changed, true",
    })
    void pagesAreThoseFlaskrRenders(String page, String method, String path, String form, boolean loggedIn)
            throws IOException {
        if (loggedIn) {
            client.sessionTransaction(s -> s.put("user_id", ((Map<?, ?>) DATA.get("user")).get("id")));
        }
        TestRequest request = "POST".equals(method) ? TestRequest.post(path).form(formOf(form)) : TestRequest.get(path);
        TestResponse response = client.open(request);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.text()).isEqualTo(recorded(page));
    }

    private static Map<String, String> formOf(String encoded) {
        Map<String, String> form = new TreeMap<>();
        for (String pair : encoded.split("&")) {
            if (!pair.isEmpty()) {
                form.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
            }
        }
        return form;
    }

    private static String recorded(String page) throws IOException {
        try (InputStream in = FlaskrTemplatesTests.class.getResourceAsStream("/flaskr/pages/" + page)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
