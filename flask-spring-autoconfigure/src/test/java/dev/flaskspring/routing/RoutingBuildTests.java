package dev.flaskspring.routing;

import static dev.flaskspring.routing.RoutingAssertions.assertMatch;
import static dev.flaskspring.routing.RoutingAssertions.bind;
import static dev.flaskspring.routing.RoutingAssertions.map;
import static dev.flaskspring.routing.RoutingAssertions.redirect;
import static dev.flaskspring.routing.RoutingAssertions.rule;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flaskspring.exceptions.BuildError;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * URL building, default redirects and server names; ported from Werkzeug's {@code tests/test_routing.py}.
 * <p>Not ported: {@code test_rule_emptying}, {@code test_rule_unhashable} and {@code test_rule_templates}
 * (Python object protocol and rule factories), the sort-key half of
 * {@code test_adapter_url_parameter_sorting} (no custom sort key; keys sort by name).
 */
class RoutingBuildTests {

    // Werkzeug: tests/test_routing.py::test_basic_building
    @Test
    void basicBuilding() {
        UrlMap m = map(rule("/", "index"), rule("/foo", "foo"), rule("/bar/<baz>", "bar"), rule("/bar/<int:bazi>", "bari"),
                rule("/bar/<float:bazf>", "barf"), rule("/bar/<path:bazp>", "barp"),
                Rule.builder("/hehe").endpoint("blah").subdomain("blah").build());
        MapAdapter adapter = m.bind("example.org", "/", "blah", "http", "GET", "/", null);
        assertThat(adapter.build("index", Map.of())).isEqualTo("http://example.org/");
        assertThat(adapter.build("foo", Map.of())).isEqualTo("http://example.org/foo");
        assertThat(adapter.build("bar", Map.of("baz", "blub"))).isEqualTo("http://example.org/bar/blub");
        assertThat(adapter.build("bari", Map.of("bazi", 50))).isEqualTo("http://example.org/bar/50");
        assertThat(adapter.build("barf", Map.of("bazf", 0.815))).isEqualTo("http://example.org/bar/0.815");
        assertThat(adapter.build("barp", Map.of("bazp", "la/di"))).isEqualTo("http://example.org/bar/la/di");
        assertThat(adapter.build("blah", Map.of())).isEqualTo("/hehe");
        assertThatThrownBy(() -> adapter.build("urks", Map.of())).isInstanceOf(BuildError.class);

        MapAdapter test = m.bind("example.org", "/test", "blah", "http", "GET", "/", null);
        assertThat(test.build("index", Map.of())).isEqualTo("http://example.org/test/");
        assertThat(test.build("barp", Map.of("bazp", "la/di"))).isEqualTo("http://example.org/test/bar/la/di");
        assertThat(test.build("blah", Map.of())).isEqualTo("/test/hehe");

        MapAdapter plain = bind(m, "example.org", "/");
        assertThat(plain.build("foo", Map.of())).isEqualTo("/foo");
        assertThat(plain.build("foo", Map.of(), null, true, true, null)).isEqualTo("http://example.org/foo");
        MapAdapter noScheme = m.bind("example.org", "/", null, "", "GET", "/", null);
        assertThat(noScheme.build("foo", Map.of())).isEqualTo("/foo");
        assertThat(noScheme.build("foo", Map.of(), null, true, true, null)).isEqualTo("//example.org/foo");
        assertThat(noScheme.build("foo", Map.of(), null, true, true, "https")).isEqualTo("https://example.org/foo");
    }

    // Werkzeug: tests/test_routing.py::test_long_build
    @Test
    void longBuild() {
        Map<String, Object> longArgs = new LinkedHashMap<>();
        StringBuilder text = new StringBuilder();
        for (int x = 0; x < 10_000; x++) {
            longArgs.put("v" + x, x);
            text.append("/<v").append(x).append('>');
        }
        UrlMap m = map(Rule.builder(text.toString()).endpoint("bleep").buildOnly(true).build());
        String url = bind(m, "localhost", "/").build("bleep", longArgs) + "/";
        for (Object v : longArgs.values()) {
            assertThat(url).contains("/" + v + "/");
        }
    }

    // Werkzeug: tests/test_routing.py::test_merge_slashes_build
    @Test
    void mergeSlashesBuild() {
        UrlMap m = map(rule("/yes//merge", "yes_merge"),
                Rule.builder("/no//merge").endpoint("no_merge").mergeSlashes(false).build());
        MapAdapter adapter = bind(m, "localhost", "/");
        assertThat(adapter.build("yes_merge", Map.of())).isEqualTo("/yes/merge");
        assertThat(adapter.build("no_merge", Map.of())).isEqualTo("/no//merge");
    }

    // Werkzeug: tests/test_routing.py::test_server_name_match_default_port
    @ParameterizedTest
    @CsvSource({"http,localhost:80", "https,localhost:443"})
    void serverNameMatchDefaultPort(String scheme, String name) {
        UrlMap m = map(rule("/foo", "foo"));
        MapAdapter adapter = m.bindToEnviron(new RequestTarget(scheme, "localhost", "", "/foo", "GET", ""), name, null);
        assertMatch(adapter.match(), "foo", Map.of());
    }

    // Werkzeug: tests/test_routing.py::test_adapter_url_parameter_sorting
    @Test
    void adapterUrlParameterSorting() {
        UrlMap m = map(rule("/", "index"));
        m.setSortParameters(true);
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("z", 30);
        values.put("x", 20);
        values.put("y", 10);
        assertThat(bind(m, "localhost", "/").build("index", values, null, true, true, null))
                .isEqualTo("http://localhost/?x=20&y=10&z=30");
    }

    // Werkzeug: tests/test_routing.py::test_request_direct_charset_bug
    @Test
    void requestDirectCharsetBug() {
        MapAdapter adapter = bind(map(rule("/öäü/", "x")), "localhost", "/");
        assertThat(redirect(adapter.match("/öäü", "GET"))).isEqualTo("http://localhost/%C3%B6%C3%A4%C3%BC/");
    }

    // Werkzeug: tests/test_routing.py::test_request_redirect_default
    @Test
    void requestRedirectDefault() {
        UrlMap m = map(Rule.builder("/foo").defaults(Map.of("bar", 42)).endpoint("x").build(), rule("/foo/<int:bar>", "x"));
        assertThat(redirect(bind(m, "localhost", "/").match("/foo/42", "GET"))).isEqualTo("http://localhost/foo");
    }

    // Werkzeug: tests/test_routing.py::test_request_redirect_default_subdomain
    @Test
    void requestRedirectDefaultSubdomain() {
        UrlMap m = map(Rule.builder("/foo").defaults(Map.of("bar", 42)).subdomain("test").endpoint("x").build(),
                Rule.builder("/foo/<int:bar>").subdomain("other").endpoint("x").build());
        MapAdapter adapter = m.bind("localhost", "/", "other", "http", "GET", "/", null);
        assertThat(redirect(adapter.match("/foo/42", "GET"))).isEqualTo("http://test.localhost/foo");
    }

    // Werkzeug: tests/test_routing.py::test_adapter_match_return_rule
    @Test
    void adapterMatchReturnRule() {
        Rule r = rule("/foo/", "foo");
        MatchResult result = bind(map(r), "localhost", "/").match("/foo/", "GET");
        assertThat(((MatchResult.Match) result).rule()).isSameAs(r);
    }

    // Werkzeug: tests/test_routing.py::test_server_name_interpolation
    @Test
    void serverNameInterpolation() {
        String serverName = "example.invalid";
        UrlMap m = map(rule("/", "index"), Rule.builder("/").endpoint("alt").subdomain("alt").build());
        assertMatch(m.bindToEnviron(new RequestTarget("http", serverName, "", "/", "GET", ""), serverName, null).match(),
                "index", Map.of());
        assertMatch(m.bindToEnviron(new RequestTarget("http", "alt." + serverName, "", "/", "GET", ""), serverName, null)
                .match(), "alt", Map.of());
        assertThat(m.bindToEnviron(new RequestTarget("http", serverName, "", "/", "GET", ""), "foo", null).subdomain())
                .isEqualTo("<invalid>");
    }

    // Werkzeug: tests/test_routing.py::test_non_string_parts
    @Test
    void nonStringParts() {
        assertThat(bind(map(rule("/<foo>", "foo")), "example.com", "/").build("foo", Map.of("foo", 42))).isEqualTo("/42");
    }

    // Werkzeug: tests/test_routing.py::test_complex_routing_rules
    @Test
    void complexRoutingRules() {
        UrlMap m = map(rule("/", "index"), rule("/<int:blub>", "an_int"), rule("/<blub>", "a_string"),
                rule("/foo/", "nested"), rule("/foobar/", "nestedbar"), rule("/foo/<path:testing>/", "nested_show"),
                rule("/foo/<path:testing>/edit", "nested_edit"),
                Rule.builder("/users/").endpoint("users").defaults(Map.of("page", 1)).build(),
                rule("/users/page/<int:page>", "users"), rule("/foox", "foox"), rule("/<path:bar>/<path:blub>", "barx_path_path"));
        MapAdapter a = bind(m, "example.com", "/");
        assertMatch(a, "/", "index", Map.of());
        assertMatch(a, "/42", "an_int", Map.of("blub", 42));
        assertMatch(a, "/blub", "a_string", Map.of("blub", "blub"));
        assertMatch(a, "/foo/", "nested", Map.of());
        assertMatch(a, "/foobar/", "nestedbar", Map.of());
        assertMatch(a, "/foo/1/2/3/", "nested_show", Map.of("testing", "1/2/3"));
        assertMatch(a, "/foo/1/2/3/edit", "nested_edit", Map.of("testing", "1/2/3"));
        assertMatch(a, "/users/", "users", Map.of("page", 1));
        assertMatch(a, "/users/page/2", "users", Map.of("page", 2));
        assertMatch(a, "/foox", "foox", Map.of());
        assertMatch(a, "/1/2/3", "barx_path_path", Map.of("bar", "1", "blub", "2/3"));
        assertThat(a.build("index", Map.of())).isEqualTo("/");
        assertThat(a.build("an_int", Map.of("blub", 42))).isEqualTo("/42");
        assertThat(a.build("a_string", Map.of("blub", "test"))).isEqualTo("/test");
        assertThat(a.build("nested", Map.of())).isEqualTo("/foo/");
        assertThat(a.build("nestedbar", Map.of())).isEqualTo("/foobar/");
        assertThat(a.build("nested_show", Map.of("testing", "1/2/3"))).isEqualTo("/foo/1/2/3/");
        assertThat(a.build("nested_edit", Map.of("testing", "1/2/3"))).isEqualTo("/foo/1/2/3/edit");
        assertThat(a.build("users", Map.of("page", 1))).isEqualTo("/users/");
        assertThat(a.build("users", Map.of("page", 2))).isEqualTo("/users/page/2");
        assertThat(a.build("foox", Map.of())).isEqualTo("/foox");
        assertThat(a.build("barx_path_path", Map.of("bar", "1", "blub", "2/3"))).isEqualTo("/1/2/3");
    }

    @Test
    void unknownValuesGoToTheQueryStringAndListsRepeatTheKey() {
        MapAdapter a = bind(map(rule("/p/<int:id>", "post")), "example.com", "/");
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("id", 3);
        values.put("tag", java.util.List.of("a b", "c&d"));
        values.put("skip", null);
        assertThat(a.build("post", values)).isEqualTo("/p/3?tag=a+b&tag=c%26d");
    }
}
