package dev.flaskspring.bench;

import static dev.flaskspring.Globals.renderTemplate;
import static dev.flaskspring.Globals.session;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import dev.flaskspring.AppOptions;
import dev.flaskspring.Flask;
import dev.flaskspring.sessions.BadSignature;
import dev.flaskspring.sessions.SessionSerializer;
import dev.flaskspring.testing.FlaskClient;
import dev.flaskspring.wrappers.Response;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.support.AnnotationConfigWebApplicationContext;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.config.annotation.EnableWebMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The five load-test endpoints in-process through a real {@code DispatcherServlet}, as plain Spring MVC
 * ({@code @RestController}, as the reference app writes them) and as Flask views; run with {@code -prof gc}
 * to compare the bytes each request allocates, a figure that does not depend on what else the machine runs.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class EndpointBenchmark {

    static final String SECRET = "bench-secret-key-not-for-production";
    static final List<Item> ITEMS = IntStream.rangeClosed(1, 10).mapToObj(i -> new Item(i, "Item " + i)).toList();
    static final String UNSAFE = "<script>alert('xss')</script>";

    /** One row of the template page. */
    public record Item(int id, String name) {
    }

    @Param({"spring-mvc", "flask"})
    public String stack;

    @Param({"/plaintext", "/json", "/user/42", "/template", "/session"})
    public String endpoint;

    private DispatcherServlet servlet;
    private Cookie session;

    /** The endpoints as a Spring MVC user writes them. */
    @RestController
    public static class Endpoints {
        record Message(String message) {
        }

        record User(int id) {
        }

        record Counter(int counter) {
        }

        private final Mustache page = new DefaultMustacheFactory("bench-templates").compile("page.mustache");
        private final SessionSerializer cookies = new SessionSerializer(List.of(SECRET.getBytes(StandardCharsets.UTF_8)));
        private final ObjectMapper mapper = JsonMapper.builder().build();

        @GetMapping(value = "/plaintext", produces = MediaType.TEXT_PLAIN_VALUE)
        public String plaintext() {
            return "Hello, World!";
        }

        @GetMapping("/json")
        public Message json() {
            return new Message("Hello, World!");
        }

        @GetMapping("/user/{id}")
        public User user(@PathVariable int id) {
            return new User(id);
        }

        @GetMapping(value = "/template", produces = MediaType.TEXT_HTML_VALUE)
        public String template() {
            StringWriter out = new StringWriter(512);
            page.execute(out, Map.of("title", "Bench page", "items", ITEMS, "unsafe", UNSAFE));
            return out.toString();
        }

        @GetMapping("/session")
        public Counter session(@CookieValue(name = "session", required = false) String session,
                HttpServletResponse response) {
            int counter = 0;
            if (session != null) {
                try {
                    Object loaded = cookies.loads(session, 2_678_400);
                    JsonNode node = mapper.valueToTree(loaded).get("counter");
                    counter = node != null && node.isInt() ? node.intValue() : 0;
                } catch (BadSignature ignored) {
                    counter = 0;
                }
            }
            counter++;
            response.addHeader("Set-Cookie", "session=" + cookies.dumps(Map.of("counter", counter)) + "; HttpOnly; Path=/");
            response.addHeader("Vary", "Cookie");
            return new Counter(counter);
        }
    }

    /** The Spring MVC configuration of the plain stack. */
    @Configuration
    @EnableWebMvc
    public static class PlainConfig {
        @Bean
        public Endpoints endpoints() {
            return new Endpoints();
        }
    }

    @Setup
    public void setUp() throws Exception {
        if (stack.equals("spring-mvc")) {
            AnnotationConfigWebApplicationContext context = new AnnotationConfigWebApplicationContext();
            context.register(PlainConfig.class);
            servlet = FlaskClient.initialise(new DispatcherServlet(context));
        } else {
            Flask app = new Flask("bench", AppOptions.builder().templateFolder("bench-templates").build());
            app.config().put("SECRET_KEY", SECRET);
            app.route("/plaintext", "plaintext", args -> new Response("Hello, World!", 200, null, "text/plain"));
            app.route("/json", "json", args -> Map.of("message", "Hello, World!"));
            app.route("/user/<int:id>", "user", args -> Map.of("id", args.getInt("id")));
            app.route("/template", "template",
                    args -> renderTemplate("page.html", "title", "Bench page", "items", ITEMS, "unsafe", UNSAFE));
            app.route("/session", "session", args -> {
                Object seen = session().get("counter");
                int counter = seen instanceof Integer n ? n + 1 : 1;
                session().put("counter", counter);
                return Map.of("counter", counter);
            });
            servlet = FlaskClient.dispatcherServlet(app);
        }
        MockHttpServletResponse first = new MockHttpServletResponse();
        servlet.service(request(null), first);
        String setCookie = first.getHeader("Set-Cookie");
        if (setCookie != null) {
            String pair = setCookie.substring(0, setCookie.indexOf(';'));
            session = new Cookie("session", pair.substring(pair.indexOf('=') + 1));
        }
    }

    private MockHttpServletRequest request(Cookie cookie) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", endpoint);
        request.addHeader("Host", "localhost");
        if (cookie != null) {
            request.setCookies(cookie);
            request.addHeader("Cookie", "session=" + cookie.getValue());
        }
        return request;
    }

    @Benchmark
    public int request() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        servlet.service(request(session), response);
        return response.getContentAsByteArray().length;
    }
}
