package dev.flaskspring.login;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flaskspring.Flask;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The recorded exchanges over a real socket to the embedded Tomcat: the {@code Set-Cookie} header lines a
 * browser receives equal the Python app's byte for byte (attribute order and date format included), with
 * the same status and {@code Location}. One server serves the exchanges of each config. The recorded client
 * address goes in {@code X-Forwarded-For}, which Flask-Login's identifier reads first. The exchange mounted
 * under a script root is left to {@link ExchangeVectorTests}: the standalone server serves at the root.
 */
class HttpExchangeVectorTests {

    @SuppressWarnings("unchecked")
    private static Map<String, Object> part(Map<String, Object> exchange, String key) {
        return (Map<String, Object>) exchange.get(key);
    }

    @TestFactory
    Stream<DynamicContainer> setTheSameCookieBytesAsPython() {
        Map<List<Object>, List<Map<String, Object>>> byApp = new LinkedHashMap<>();
        for (Map<String, Object> exchange : LoginVectors.list("exchanges")) {
            if (!String.valueOf(part(exchange, "request").get("base_url")).contains("/app/")) {
                byApp.computeIfAbsent(List.of(exchange.get("config"), exchange.get("manager")), k -> new ArrayList<>())
                        .add(exchange);
            }
        }
        return byApp.entrySet().stream().map(group -> DynamicContainer.dynamicContainer(
                "config " + group.getKey(), Stream.of(DynamicTest.dynamicTest(idsOf(group.getValue()),
                        () -> serve(group.getValue())))));
    }

    private static String idsOf(List<Map<String, Object>> exchanges) {
        return String.join(", ", exchanges.stream().map(e -> String.valueOf(e.get("id"))).toList());
    }

    private static void serve(List<Map<String, Object>> exchanges) {
        Map<String, Object> first = exchanges.get(0);
        Flask app = InteropApp.create(part(first, "config"), part(first, "manager"));
        try (var server = app.start("127.0.0.1", 0)) {
            for (Map<String, Object> exchange : exchanges) {
                check(server.port(), exchange);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static void check(int port, Map<String, Object> exchange) {
        Map<String, Object> request = part(exchange, "request");
        Map<String, Object> expected = part(exchange, "response");
        List<String> headers = new ArrayList<>();
        headers.add("Host: " + java.net.URI.create(String.valueOf(request.get("base_url"))).getRawAuthority());
        boolean forwarded = false;
        for (List<String> header : InteropApp.headers(request)) {
            headers.add(header.get(0) + ": " + header.get(1));
            forwarded |= header.get(0).equalsIgnoreCase("X-Forwarded-For");
        }
        if (!forwarded) {
            headers.add("X-Forwarded-For: " + request.get("remote_addr"));
        }
        String id = String.valueOf(exchange.get("id"));
        RawHttp.Answer answer = RawHttp.send(port, String.valueOf(request.get("method")),
                String.valueOf(request.get("path")), headers);
        assertThat(answer.status()).as(id + " status").isEqualTo(expected.get("status"));
        Object location = expected.get("location");
        assertThat(answer.headers("Location")).as(id + " Location")
                .containsExactlyElementsOf(location == null ? List.of() : List.of(String.valueOf(location)));
        List<String> setCookies = answer.headers("Set-Cookie");
        List<String> pythonSetCookies = (List<String>) expected.get("set_cookie");
        if (id.contains("permanent")) {
            // A permanent session's Expires comes from the system clock: compared as the in-process test does.
            assertThat(ExchangeVectorTests.cookies(setCookies)).as(id + " Set-Cookie")
                    .containsExactlyElementsOf(ExchangeVectorTests.cookies(pythonSetCookies));
        } else {
            assertThat(setCookies).as(id + " Set-Cookie").containsExactlyElementsOf(pythonSetCookies);
        }
    }
}
