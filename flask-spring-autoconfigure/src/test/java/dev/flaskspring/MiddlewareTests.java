package dev.flaskspring;

import static dev.flaskspring.Globals.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flaskspring.testing.FlaskClient;
import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code app.addMiddleware}: servlet filters around the app, WSGI middleware's Java form, in the order added
 * (outermost first), the same in the test client and on the standalone server.
 */
class MiddlewareTests {

    final Flask app = TestApps.flask();

    /** A middleware that records its name on the way in and out, and marks the request it passes on. */
    static Filter recording(String name, List<String> events) {
        return (request, response, chain) -> {
            events.add(name + " in");
            HttpServletRequest marked = new HttpServletRequestWrapper((HttpServletRequest) request) {
                @Override
                public String getHeader(String header) {
                    return header.equals("X-Seen-By") ? String.join(",", seenBy(super.getHeader(header), name))
                            : super.getHeader(header);
                }
            };
            ((HttpServletResponse) response).addHeader("X-Middleware", name);
            chain.doFilter(marked, response);
            events.add(name + " out");
        };
    }

    private static List<String> seenBy(String before, String name) {
        List<String> out = new ArrayList<>();
        if (before != null) {
            out.add(before);
        }
        out.add(name);
        return out;
    }

    @Test
    void theTestClientRunsMiddlewareInTheOrderAddedOutermostFirst() {
        List<String> events = new ArrayList<>();
        app.addMiddleware(recording("outer", events));
        app.addMiddleware(recording("inner", events));
        app.route("/", "index", args -> {
            events.add("view");
            return String.valueOf(request().servletRequest().getHeader("X-Seen-By"));
        });
        FlaskClient client = app.testClient();
        var response = client.get("/");
        assertThat(response.text()).isEqualTo("outer,inner");
        assertThat(response.headers().getAll("X-Middleware")).containsExactly("outer", "inner");
        assertThat(events).containsExactly("outer in", "inner in", "view", "inner out", "outer out");
    }

    @Test
    void aMiddlewareMayAnswerWithoutCallingTheApp() {
        app.addMiddleware((request, response, chain) -> ((HttpServletResponse) response).sendError(403));
        app.route("/", "index", args -> "never");
        assertThat(app.testClient().get("/").statusCode()).isEqualTo(403);
    }

    @Test
    void theStandaloneServerRunsTheSameMiddleware() throws Exception {
        List<String> events = new ArrayList<>();
        app.addMiddleware(recording("outer", events));
        app.addMiddleware(recording("inner", events));
        app.route("/", "index", args -> String.valueOf(request().servletRequest().getHeader("X-Seen-By")));
        try (FlaskServer server = app.start("127.0.0.1", 0)) {
            HttpResponse<String> response = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.body()).isEqualTo("outer,inner");
            assertThat(response.headers().allValues("X-Middleware")).containsExactly("outer", "inner");
        }
        assertThat(events).containsExactly("outer in", "inner in", "inner out", "outer out");
    }

    @Test
    void middlewareCannotBeAddedOnceTheAppHasHandledARequest() {
        app.route("/", "index", args -> "ok");
        app.testClient().get("/");
        assertThatThrownBy(() -> app.addMiddleware((request, response, chain) -> chain.doFilter(request, response)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("addMiddleware");
    }
}
