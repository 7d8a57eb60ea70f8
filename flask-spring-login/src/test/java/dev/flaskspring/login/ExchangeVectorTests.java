package dev.flaskspring.login;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flaskspring.Flask;
import dev.flaskspring.testing.TestRequest;
import dev.flaskspring.testing.TestResponse;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every request {@code record_login_vectors.py} sent to a Flask-Login app, sent to the same app here: the same
 * status, {@code Location}, body, {@code Vary} and {@code Set-Cookie} headers, byte for byte. The requests carry
 * the session and remember cookies the Python app minted (read here: the user is logged in), and the cookies
 * this app mints must equal the Python ones (written here: the Python app would read them). Both sides run on
 * the recording's fixed clock; only a permanent session's {@code Expires}, which the core takes from the
 * system clock, is compared for presence. The in-process client's servlet mock re-spells {@code Set-Cookie}
 * headers, so they are compared as parsed cookies here and as bytes in {@link HttpExchangeVectorTests}.
 */
@ExtendWith(NoLeakedContexts.class)
class ExchangeVectorTests {

    /** The exchanges the in-process client can send: not a raw {@code %zz} (HttpExchangeVectorTests sends that one). */
    @SuppressWarnings("unchecked")
    static Stream<Map<String, Object>> exchanges() {
        return LoginVectors.list("exchanges").stream()
                .filter(e -> !String.valueOf(((Map<String, Object>) e.get("request")).get("path")).contains("%zz"));
    }

    @SuppressWarnings("unchecked")
    @ParameterizedTest(name = "{index} {0}")
    @MethodSource("exchanges")
    void answersAsFlaskLoginDoes(Map<String, Object> exchange) {
        Map<String, Object> request = (Map<String, Object>) exchange.get("request");
        Map<String, Object> expected = (Map<String, Object>) exchange.get("response");
        Flask app = InteropApp.create((Map<String, Object>) exchange.get("config"),
                (Map<String, Object>) exchange.get("manager"));
        TestRequest sent = TestRequest.of(String.valueOf(request.get("method")), String.valueOf(request.get("path")))
                .baseUrl(String.valueOf(request.get("base_url")))
                .remoteAddr(String.valueOf(request.get("remote_addr")));
        for (List<String> header : InteropApp.headers(request)) {
            sent.header(header.get(0), header.get(1));
        }
        TestResponse rv = app.testClient().open(sent);
        String id = String.valueOf(exchange.get("id"));
        assertThat(rv.statusCode()).as(id + " status").isEqualTo(expected.get("status"));
        assertThat(rv.header("Location")).as(id + " Location").isEqualTo(expected.get("location"));
        if (expected.get("body") != null) {
            assertThat(rv.text()).as(id + " body").isEqualTo(expected.get("body"));
        }
        assertThat(rv.header("Vary")).as(id + " Vary").isEqualTo(expected.get("vary"));
        assertThat(cookies(rv.headers().getAll("Set-Cookie"))).as(id + " Set-Cookie")
                .containsExactlyElementsOf(cookies((List<String>) expected.get("set_cookie")));
    }

    /** The cookies set, with a written session cookie's {@code Expires} (a permanent session's, from the system clock) as a placeholder. */
    static List<SetCookie> cookies(List<String> setCookies) {
        return setCookies.stream().map(SetCookie::parse).map(c -> {
            if (!c.name().equals("session") || c.value().isEmpty() || !c.attributes().containsKey("expires")) {
                return c;
            }
            java.util.Map<String, String> attributes = new java.util.TreeMap<>(c.attributes());
            attributes.put("expires", "<permanent session expiry>");
            return new SetCookie(c.name(), c.value(), attributes);
        }).toList();
    }
}
