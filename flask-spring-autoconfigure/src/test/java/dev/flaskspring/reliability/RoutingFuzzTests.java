package dev.flaskspring.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flaskspring.Flask;
import dev.flaskspring.ctx.RequestContext;
import dev.flaskspring.routing.MapAdapter;
import dev.flaskspring.routing.MatchResult;
import dev.flaskspring.FlaskServer;
import dev.flaskspring.testing.FlaskClient;
import dev.flaskspring.testing.TestRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Generated routing cases: for random rules and values, {@code url_for} then matching the URL gives back
 * the endpoint and the values (10,000 round trips); arbitrary request paths never give a 500 (10,000).
 */
class RoutingFuzzTests {

    private static final int CASES = 10_000;
    private static final String[] CONVERTERS = {"string", "int", "float", "path", "uuid", "any(red, green, blue)"};
    private static final String TEXT = "abcXYZ019 -_.~%?#&=+!$'()*,;:@é中\u00a0";

    /** One generated rule: its endpoint and the converter of each variable, in order. */
    record GeneratedRule(String endpoint, List<String> variables, List<String> converters) {
    }

    @Test
    void urlForThenMatchGivesBackTheEndpointAndValues() {
        long seed = Seeds.seed();
        Random random = Seeds.random(seed);
        int done = 0;
        while (done < CASES) {
            Flask app = new Flask("fuzz");
            List<GeneratedRule> rules = new ArrayList<>();
            for (int r = 0; r < 50; r++) {
                rules.add(addRule(app, r, random));
            }
            try (RequestContext ctx = app.testRequestContext("/")) {
                MapAdapter adapter = ctx.urlAdapter();
                for (int c = 0; c < 200 && done < CASES; c++, done++) {
                    GeneratedRule rule = rules.get(random.nextInt(rules.size()));
                    Map<String, Object> values = new LinkedHashMap<>();
                    for (int v = 0; v < rule.variables().size(); v++) {
                        values.put(rule.variables().get(v), value(rule.converters().get(v), random));
                    }
                    String url = app.urlFor(rule.endpoint(), values);
                    String what = "seed " + seed + ", rule " + app.urlMap().rules(rule.endpoint()) + ", values "
                            + values + ", url " + url;
                    int query = url.indexOf('?');
                    String path = org.springframework.web.util.UriUtils.decode(
                            query < 0 ? url : url.substring(0, query), java.nio.charset.StandardCharsets.UTF_8);
                    MatchResult result = adapter.match(path, "GET");
                    if (result instanceof MatchResult.Pending pending) {
                        result = adapter.complete(pending);
                    }
                    assertThat(result).as(what).isInstanceOf(MatchResult.Match.class);
                    MatchResult.Match match = (MatchResult.Match) result;
                    assertThat(match.rule().endpoint()).as(what).isEqualTo(rule.endpoint());
                    assertThat(match.values()).as(what).isEqualTo(values);
                }
            }
        }
    }

    private static GeneratedRule addRule(Flask app, int index, Random random) {
        StringBuilder rule = new StringBuilder("/r" + index);
        List<String> variables = new ArrayList<>();
        List<String> converters = new ArrayList<>();
        int parts = 1 + random.nextInt(3);
        boolean pathUsed = false;
        for (int p = 0; p < parts; p++) {
            if (random.nextInt(3) == 0) {
                rule.append("/s").append(random.nextInt(5));
                continue;
            }
            String converter = CONVERTERS[random.nextInt(CONVERTERS.length)];
            if (converter.equals("path")) {
                if (pathUsed || p != parts - 1) {
                    converter = "string";
                }
                pathUsed = true;
            }
            String name = "v" + p;
            rule.append('/').append('<').append(converter).append(':').append(name).append('>');
            variables.add(name);
            converters.add(converter);
        }
        if (random.nextBoolean() && !pathUsed) {
            rule.append('/');
        }
        String endpoint = "e" + index;
        app.route(rule.toString(), endpoint, args -> "");
        return new GeneratedRule(endpoint, variables, converters);
    }

    private static Object value(String converter, Random random) {
        return switch (converter) {
            case "int" -> random.nextInt(1_000_000);
            case "float" -> Math.round(random.nextDouble() * 1_000_000) / 1000.0;
            case "uuid" -> new UUID(random.nextLong(), random.nextLong());
            case "path" -> text(random) + "/" + text(random);
            case "string" -> text(random);
            default -> List.of("red", "green", "blue").get(random.nextInt(3));
        };
    }

    /** A non-empty segment of awkward characters, never a slash. */
    private static String text(Random random) {
        StringBuilder s = new StringBuilder();
        int length = 1 + random.nextInt(12);
        for (int i = 0; i < length; i++) {
            s.append(TEXT.charAt(random.nextInt(TEXT.length())));
        }
        String segment = s.toString();
        return segment.equals(".") || segment.equals("..") ? segment + "x" : segment;
    }

    @Test
    void arbitraryRequestPathsNeverGiveA500() {
        Flask app = new Flask("fuzz");
        app.route("/", "index", args -> "index");
        app.route("/user/<int:id>", "user", args -> "user " + args.getInt("id"));
        app.route("/files/<path:name>", "files", args -> args.getString("name"));
        app.route("/tag/<tag>/", "tag", args -> args.getString("tag"));
        app.route("/u/<uuid:id>", "uuid", args -> args.get("id").toString());
        FlaskClient client = app.testClient();
        long seed = Seeds.seed();
        Random random = Seeds.random(seed);
        String[] pieces = {"/", "//", "..", ".", "%2e%2e", "%2F", "%", "%zz", "%C3%A9", "%FF", "%00", "é", "中",
            "user", "files", "tag", "u", "42", "-1", "1e9", "9999999999999999999999", "?", "#", ";", "\\", "~",
            "%0d%0a", "a b", "\u0001", "\t"};
        int sent = 0;
        int raw = 0;
        try (CapturedErrors logs = new CapturedErrors(); FlaskServer server = app.start("127.0.0.1", 0)) {
            for (int i = 0; i < CASES; i++) {
                StringBuilder path = new StringBuilder("/");
                int count = random.nextInt(12);
                for (int p = 0; p < count; p++) {
                    path.append(pieces[random.nextInt(pieces.length)]);
                }
                if (random.nextInt(200) == 0) {
                    path.append("a".repeat(5_000 + random.nextInt(5_000)));
                }
                int status;
                try {
                    status = client.open(TestRequest.get(path.toString())).statusCode();
                    sent++;
                } catch (IllegalArgumentException notAUri) {
                    // Not a URI the test client can build: sent as raw bytes to a real server instead.
                    status = RawHttp.status(server.port(), "GET " + path + " HTTP/1.1\r\nHost: localhost\r\n"
                            + "Connection: close\r\n\r\n");
                    raw++;
                }
                assertThat(status).as("seed %d, path %s", seed, path).isBetween(200, 499);
            }
            assertThat(logs.errors()).as("seed " + seed).isEmpty();
            assertThat(sent + raw).isEqualTo(CASES);
        }
    }
}
