package dev.flaskspring.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Terse helpers for porting Werkzeug's routing tests: maps, rules and match outcomes. */
final class RoutingAssertions {

    private RoutingAssertions() {
    }

    static UrlMap map(Rule... rules) {
        UrlMap m = new UrlMap();
        Arrays.stream(rules).forEach(m::add);
        return m;
    }

    static Rule rule(String text, String endpoint) {
        return Rule.builder(text).endpoint(endpoint).build();
    }

    static MapAdapter bind(UrlMap m, String server, String script) {
        return m.bind(server, script, null, "http", "GET", "/", null);
    }

    static void assertMatch(MatchResult result, String endpoint, Map<String, ?> values) {
        assertThat(result).as("match").isInstanceOf(MatchResult.Match.class);
        MatchResult.Match m = (MatchResult.Match) result;
        assertThat(m.rule().endpoint()).isEqualTo(endpoint);
        assertThat(m.values()).isEqualTo(values);
    }

    static void assertMatch(MapAdapter a, String path, String endpoint, Map<String, ?> values) {
        assertMatch(a.match(path, "GET"), endpoint, values);
    }

    static String redirect(MatchResult result) {
        assertThat(result).as("redirect").isInstanceOf(MatchResult.Redirect.class);
        MatchResult.Redirect r = (MatchResult.Redirect) result;
        assertThat(r.code()).isEqualTo(308);
        return r.location();
    }

    static void assertNotFound(MatchResult result) {
        assertThat(result).as("not found").isInstanceOf(MatchResult.NotFound.class);
    }

    static List<String> methodNotAllowed(MatchResult result) {
        assertThat(result).as("method not allowed").isInstanceOf(MatchResult.MethodNotAllowed.class);
        return ((MatchResult.MethodNotAllowed) result).validMethods().stream().sorted().toList();
    }
}
