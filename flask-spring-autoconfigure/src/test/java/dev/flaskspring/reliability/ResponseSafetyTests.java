package dev.flaskspring.reliability;

import static dev.flaskspring.Globals.redirect;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flaskspring.Flask;
import dev.flaskspring.testing.TestRequest;
import dev.flaskspring.testing.TestResponse;
import dev.flaskspring.wrappers.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Responses cannot be split or smuggled: header values with CR or LF are refused, redirect locations are
 * percent-encoded as Werkzeug encodes them, untrusted hosts are refused with 400, and the session cookie
 * is {@code HttpOnly} by default with {@code Secure} and {@code SameSite} from the config.
 */
class ResponseSafetyTests {

    @Test
    void headerValuesWithCarriageReturnOrLineFeedAreRefused() {
        Response response = new Response("x");
        for (String value : List.of("a\r\nSet-Cookie: evil=1", "a\nb", "a\rb")) {
            assertThatThrownBy(() -> response.headers().set("X-Test", value))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("newline");
            assertThatThrownBy(() -> response.headers().add("X-Test", value))
                    .isInstanceOf(IllegalArgumentException.class);
        }
        Flask app = new Flask("safety");
        app.route("/", "index", args -> new Response("x", 200, Map.of("X-Test", "a\r\nSet-Cookie: evil=1"), null));
        TestResponse rv = app.testClient().get("/");
        assertThat(rv.statusCode()).isEqualTo(500);
        assertThat(rv.headers().get("Set-Cookie")).isNull();
    }

    @Test
    void redirectLocationsAreEncodedAsWerkzeugEncodesThem() {
        // Werkzeug 3.1.8 through Flask's test client: Location '/a%20b/%C3%A9?x=1&y=%3Cscript%3E%22'.
        Response rv = redirect("/a b/é?x=1&y=<script>\"");
        assertThat(rv.location()).isEqualTo("/a%20b/%C3%A9?x=1&y=%3Cscript%3E%22");
        assertThat(rv.text()).contains("href=\"/a b/é?x=1&amp;y=&lt;script&gt;&#34;\"")
                .doesNotContain("<script>");
        assertThat(redirect("/next\r\nSet-Cookie: evil=1").location()).doesNotContain("\r").doesNotContain("\n");
    }

    @Test
    void untrustedHostsAreRefused() {
        Flask app = new Flask("safety");
        app.config().put("TRUSTED_HOSTS", List.of("example.com", ".example.org"));
        app.route("/", "index", args -> "ok");
        assertThat(app.testClient().open(TestRequest.get("/").header("Host", "example.com")).statusCode()).isEqualTo(200);
        assertThat(app.testClient().open(TestRequest.get("/").header("Host", "a.example.org")).statusCode()).isEqualTo(200);
        assertThat(app.testClient().open(TestRequest.get("/").header("Host", "evil.com")).statusCode()).isEqualTo(400);
    }

    @Test
    void theSessionCookieIsHttpOnlyByDefaultAndSecureAndSameSiteFromTheConfig() {
        Flask app = new Flask("safety");
        app.config().put("SECRET_KEY", "a-long-enough-secret-key-for-this");
        app.route("/", "index", args -> {
            dev.flaskspring.Globals.session().put("a", 1);
            return "ok";
        });
        String cookie = app.testClient().get("/").headers().get("Set-Cookie");
        assertThat(cookie).contains("HttpOnly").doesNotContain("Secure").doesNotContain("SameSite");
        app.config().put("SESSION_COOKIE_SECURE", true);
        app.config().put("SESSION_COOKIE_SAMESITE", "Lax");
        cookie = app.testClient().get("/").headers().get("Set-Cookie");
        assertThat(cookie).contains("HttpOnly").contains("Secure").contains("SameSite=Lax");
    }
}
