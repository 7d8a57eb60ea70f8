package dev.flaskspring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flaskspring.exceptions.InternalServerError;
import jakarta.servlet.Filter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The traceback page of debug mode over a real socket, and Werkzeug's plain 500 page without it; the test
 * client, like Flask's, gets the exception instead.
 */
@ExtendWith(NoLeakedContexts.class)
class DebugPageTests {

    private static final String SECRET = "s3cr3t-key-that-must-stay-home";
    private static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    private final HttpClient http = HttpClient.newHttpClient();
    private final Flask app = new Flask("debugged");
    private FlaskServer server;

    DebugPageTests() {
        app.config().put("SECRET_KEY", SECRET);
        app.route("/", "index", args -> "ok");
        app.route("/boom", "boom", args -> {
            throw new IllegalStateException("the <b>key</b> is " + app.config().get("SECRET_KEY"), // raise line
                    new ArithmeticException("cause"));
        });
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    private HttpResponse<String> get(String path, String accept) throws Exception {
        if (server == null) {
            server = app.start("127.0.0.1", 0);
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path));
        if (accept != null) {
            request.header("Accept", accept);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    // Werkzeug: tests/test_debug.py::test_basic
    @Test
    void basic() throws Exception {
        app.setDebug(true);
        assertThat(get("/", BROWSER_ACCEPT).statusCode()).isEqualTo(200);
        HttpResponse<String> crash = get("/boom", BROWSER_ACCEPT);
        assertThat(crash.statusCode()).isEqualTo(500);
        assertThat(crash.body()).contains("The application raised this exception and debug mode is on");
    }

    @Test
    void aBrowserGetsTheHtmlPageWithTheExceptionTheFramesTheirSourceAndTheRequest() throws Exception {
        app.setDebug(true);
        HttpResponse<String> rv = get("/boom?x=1", BROWSER_ACCEPT);
        assertThat(rv.statusCode()).isEqualTo(500);
        assertThat(rv.headers().firstValue("Content-Type")).hasValue("text/html;charset=utf-8");
        assertThat(rv.body()).contains("<h1>IllegalStateException</h1>")
                .contains("java.lang.IllegalStateException: the &lt;b&gt;key&lt;/b&gt; is " + SECRET)
                .contains("Raised by <code>GET http://127.0.0.1:" + server.port() + "/boom?x=1</code>")
                .contains("DebugPageTests.java\"</cite>")
                .contains("throw new IllegalStateException(&#34;the &lt;b&gt;key&lt;/b&gt; is &#34;")
                .contains("Caused by: java.lang.ArithmeticException: cause")
                .doesNotContain("<b>key</b>");
    }

    @Test
    void aClientThatDoesNotTakeHtmlGetsThePlainTextTraceback() throws Exception {
        app.setDebug(true);
        for (String accept : new String[] {null, "*/*", "application/json"}) {
            HttpResponse<String> rv = get("/boom", accept);
            assertThat(rv.statusCode()).isEqualTo(500);
            assertThat(rv.headers().firstValue("Content-Type")).hasValue("text/plain;charset=utf-8");
            assertThat(rv.body()).startsWith("GET http://127.0.0.1:" + server.port() + "/boom\n\n"
                    + "java.lang.IllegalStateException: the <b>key</b> is " + SECRET + "\n\tat ")
                    .contains("Caused by: java.lang.ArithmeticException: cause");
        }
    }

    @Test
    void anExceptionOfTheMiddlewareGetsThePageToo() throws Exception {
        app.setDebug(true);
        app.addMiddleware((Filter) (request, response, chain) -> {
            throw new IllegalArgumentException("middleware broke");
        });
        HttpResponse<String> rv = get("/", BROWSER_ACCEPT);
        assertThat(rv.statusCode()).isEqualTo(500);
        assertThat(rv.body()).contains("java.lang.IllegalArgumentException: middleware broke");
    }

    @Test
    void httpErrorsAreNotTracebacksInDebugMode() throws Exception {
        app.setDebug(true);
        HttpResponse<String> rv = get("/missing", BROWSER_ACCEPT);
        assertThat(rv.statusCode()).isEqualTo(404);
        assertThat(rv.body()).contains("<title>404 Not Found</title>");
    }

    @Test
    void withoutDebugTheAnswerIsWerkzeugsPlain500PageWithNothingOfTheTraceOrTheKey() throws Exception {
        for (String accept : new String[] {BROWSER_ACCEPT, null}) {
            HttpResponse<String> rv = get("/boom", accept);
            assertThat(rv.statusCode()).isEqualTo(500);
            assertThat(rv.body()).isEqualTo(new InternalServerError().getBody());
            assertThat(rv.body()).doesNotContain(SECRET).doesNotContain("IllegalState").doesNotContain("at dev.");
        }
    }

    @Test
    void withoutDebugAPropagatedExceptionGetsTheServersBarePage() throws Exception {
        app.config().put("PROPAGATE_EXCEPTIONS", true);
        HttpResponse<String> rv = get("/boom", BROWSER_ACCEPT);
        assertThat(rv.statusCode()).isEqualTo(500);
        assertThat(rv.body()).doesNotContain(SECRET).doesNotContain("IllegalState").doesNotContain("at dev.")
                .doesNotContain("Traceback");
    }

    @Test
    void theTestClientGetsTheExceptionInDebugModeAsInFlask() {
        app.setDebug(true);
        app.setTesting(true);
        assertThatThrownBy(() -> app.testClient().get("/boom")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("is " + SECRET);
        app.setTesting(false);
        assertThatThrownBy(() -> app.testClient().get("/boom")).isInstanceOf(IllegalStateException.class);
        assertThat(app.testClient().get("/").text()).isEqualTo("ok");
    }
}
