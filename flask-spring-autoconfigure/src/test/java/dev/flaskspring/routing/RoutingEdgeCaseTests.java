package dev.flaskspring.routing;

import static dev.flaskspring.routing.RoutingAssertions.assertMatch;
import static dev.flaskspring.routing.RoutingAssertions.assertNotFound;
import static dev.flaskspring.routing.RoutingAssertions.bind;
import static dev.flaskspring.routing.RoutingAssertions.map;
import static dev.flaskspring.routing.RoutingAssertions.methodNotAllowed;
import static dev.flaskspring.routing.RoutingAssertions.redirect;
import static dev.flaskspring.routing.RoutingAssertions.rule;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flaskspring.exceptions.BuildError;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Methods, hosts, build errors, weighting and edge cases; ported from Werkzeug's {@code tests/test_routing.py}.
 * <p>Not ported: {@code test_alias_redirects} (alias rules are not offered), websocket tests,
 * {@code test_no_memory_leak_from_Rule_builder} and {@code test_empty_subclass_rules_with_custom_kwargs}
 * (Python garbage collection and subclassing), {@code test_build_values_multidict} and the
 * {@code *_multidict} variants (plain maps here).
 */
class RoutingEdgeCaseTests {

    // Werkzeug: tests/test_routing.py::test_build_drop_none
    @Test
    void buildDropNone() {
        MapAdapter adapter = bind(map(rule("/flob/<flub>", "endp")), "", "/");
        Map<String, Object> params = new HashMap<>();
        params.put("flub", null);
        params.put("flop", null);
        assertThatThrownBy(() -> adapter.build("endp", params)).isInstanceOf(BuildError.class);
        params.put("flub", "x");
        assertThat(adapter.build("endp", params)).doesNotContain("flop");
    }

    // Werkzeug: tests/test_routing.py::test_method_fallback
    @Test
    void methodFallback() {
        UrlMap m = map(Rule.builder("/").endpoint("index").methods("GET").build(),
                Rule.builder("/<name>").endpoint("hello_name").methods("GET").build(),
                Rule.builder("/select").endpoint("hello_select").methods("POST").build(),
                Rule.builder("/search_get").endpoint("search").methods("GET").build(),
                Rule.builder("/search_post").endpoint("search").methods("POST").build());
        MapAdapter a = bind(m, "example.com", "/");
        assertThat(a.build("index", Map.of())).isEqualTo("/");
        assertThat(a.build("index", Map.of(), "GET", false, true, null)).isEqualTo("/");
        assertThat(a.build("hello_name", Map.of("name", "foo"))).isEqualTo("/foo");
        assertThat(a.build("hello_select", Map.of())).isEqualTo("/select");
        assertThat(a.build("hello_select", Map.of(), "POST", false, true, null)).isEqualTo("/select");
        assertThat(a.build("search", Map.of())).isEqualTo("/search_get");
        assertThat(a.build("search", Map.of(), "GET", false, true, null)).isEqualTo("/search_get");
        assertThat(a.build("search", Map.of(), "POST", false, true, null)).isEqualTo("/search_post");
    }

    // Werkzeug: tests/test_routing.py::test_implicit_head
    @Test
    void implicitHead() {
        MapAdapter a = bind(map(Rule.builder("/get").methods("GET").endpoint("a").build(),
                Rule.builder("/post").methods("POST").endpoint("b").build()), "example.org", "/");
        assertMatch(a.match("/get", "HEAD"), "a", Map.of());
        methodNotAllowed(a.match("/post", "HEAD"));
    }

    // Werkzeug: tests/test_routing.py::test_protocol_joining_bug
    @Test
    void protocolJoiningBug() {
        MapAdapter a = bind(map(rule("/<foo>", "x")), "example.org", "/");
        assertThat(a.build("x", Map.of("foo", "x:y"))).isEqualTo("/x:y");
        assertThat(a.build("x", Map.of("foo", "x:y"), null, true, true, null)).isEqualTo("http://example.org/x:y");
    }

    // Werkzeug: tests/test_routing.py::test_allowed_methods_querying
    @Test
    void allowedMethodsQuerying() {
        MapAdapter a = bind(map(Rule.builder("/<foo>").methods("GET", "HEAD").endpoint("x").build(),
                Rule.builder("/foo").methods("POST").endpoint("y").build()), "example.org", "/");
        assertThat(a.allowedMethods("/foo")).containsExactlyInAnyOrder("GET", "HEAD", "POST");
    }

    // Werkzeug: tests/test_routing.py::test_external_building_with_port
    @Test
    void externalBuildingWithPort() {
        MapAdapter adapter = bind(map(rule("/", "index")), "example.org:5000", "/");
        assertThat(adapter.build("index", Map.of(), null, true, true, null)).isEqualTo("http://example.org:5000/");
    }

    // Werkzeug: tests/test_routing.py::test_external_building_with_port_bind_to_environ
    @Test
    void externalBuildingWithPortBindToEnviron() {
        MapAdapter adapter = map(rule("/", "index")).bindToEnviron(
                new RequestTarget("http", "example.org:5000", "", "/", "GET", ""), "example.org:5000", null);
        assertThat(adapter.build("index", Map.of(), null, true, true, null)).isEqualTo("http://example.org:5000/");
    }

    // Werkzeug: tests/test_routing.py::test_external_building_with_port_bind_to_environ_wrong_servername
    @Test
    void externalBuildingWithPortBindToEnvironWrongServername() {
        MapAdapter adapter = map(rule("/", "index")).bindToEnviron(
                new RequestTarget("http", "example.org:5000", "", "/", "GET", ""), "example.org", null);
        assertThat(adapter.subdomain()).isEqualTo("<invalid>");
    }

    // Werkzeug: tests/test_routing.py::test_bind_long_idna_name_with_port
    @Test
    void bindLongIdnaNameWithPort() {
        MapAdapter adapter = bind(map(rule("/", "index")), "🐍" + "a".repeat(52) + ":8443", "/");
        String[] parts = adapter.serverName().split(":");
        assertThat(parts[0]).hasSize(63);
        assertThat(parts[1]).isEqualTo("8443");
    }

    // Werkzeug: tests/test_routing.py::test_double_defaults
    @ParameterizedTest
    @ValueSource(strings = {"", "/aaa"})
    void doubleDefaults(String prefix) {
        UrlMap m = map(Rule.builder(prefix + "/").defaults(Map.of("foo", 1, "bar", false)).endpoint("x").build(),
                Rule.builder(prefix + "/<int:foo>").defaults(Map.of("bar", false)).endpoint("x").build(),
                Rule.builder(prefix + "/bar/").defaults(Map.of("foo", 1, "bar", true)).endpoint("x").build(),
                Rule.builder(prefix + "/bar/<int:foo>").defaults(Map.of("bar", true)).endpoint("x").build());
        MapAdapter a = bind(m, "example.com", "/");
        assertMatch(a, prefix + "/", "x", Map.of("foo", 1, "bar", false));
        assertMatch(a, prefix + "/2", "x", Map.of("foo", 2, "bar", false));
        assertMatch(a, prefix + "/bar/", "x", Map.of("foo", 1, "bar", true));
        assertMatch(a, prefix + "/bar/2", "x", Map.of("foo", 2, "bar", true));
        assertThat(a.build("x", Map.of("foo", 1, "bar", false))).isEqualTo(prefix + "/");
        assertThat(a.build("x", Map.of("foo", 2, "bar", false))).isEqualTo(prefix + "/2");
        assertThat(a.build("x", Map.of("bar", false))).isEqualTo(prefix + "/");
        assertThat(a.build("x", Map.of("foo", 1, "bar", true))).isEqualTo(prefix + "/bar/");
        assertThat(a.build("x", Map.of("foo", 2, "bar", true))).isEqualTo(prefix + "/bar/2");
        assertThat(a.build("x", Map.of("bar", true))).isEqualTo(prefix + "/bar/");
    }

    private static UrlMap hostMap(Rule... rules) {
        UrlMap m = new UrlMap();
        m.setHostMatching(true);
        for (Rule r : rules) {
            m.add(r);
        }
        return m;
    }

    private static MapAdapter bindHost(UrlMap m, String host) {
        return m.bind(host, "/", null, "http", "GET", "/", null);
    }

    // Werkzeug: tests/test_routing.py::test_host_matching
    @Test
    void hostMatching() {
        UrlMap m = hostMap(Rule.builder("/").endpoint("index").host("www.<domain>").build(),
                Rule.builder("/").endpoint("files").host("files.<domain>").build(),
                Rule.builder("/foo/").defaults(Map.of("page", 1)).host("www.<domain>").endpoint("x").build(),
                Rule.builder("/<int:page>").host("files.<domain>").endpoint("x").build());
        MapAdapter a = bindHost(m, "www.example.com");
        assertMatch(a, "/", "index", Map.of("domain", "example.com"));
        assertMatch(a, "/foo/", "x", Map.of("domain", "example.com", "page", 1));
        assertThat(redirect(a.match("/foo", "GET"))).isEqualTo("http://www.example.com/foo/");
        a = bindHost(m, "files.example.com");
        assertMatch(a, "/", "files", Map.of("domain", "example.com"));
        assertMatch(a, "/2", "x", Map.of("domain", "example.com", "page", 2));
        assertThat(redirect(a.match("/1", "GET"))).isEqualTo("http://www.example.com/foo/");
    }

    // Werkzeug: tests/test_routing.py::test_host_matching_building
    @Test
    void hostMatchingBuilding() {
        UrlMap m = hostMap(Rule.builder("/").endpoint("index").host("www.domain.com").build(),
                Rule.builder("/").endpoint("foo").host("my.domain.com").build());
        MapAdapter www = bindHost(m, "www.domain.com");
        assertMatch(www, "/", "index", Map.of());
        assertThat(www.build("index", Map.of())).isEqualTo("/");
        assertThat(www.build("foo", Map.of())).isEqualTo("http://my.domain.com/");
        MapAdapter my = bindHost(m, "my.domain.com");
        assertMatch(my, "/", "foo", Map.of());
        assertThat(my.build("foo", Map.of())).isEqualTo("/");
        assertThat(my.build("index", Map.of())).isEqualTo("http://www.domain.com/");
    }

    // Werkzeug: tests/test_routing.py::test_build_url_same_endpoint_multiple_hosts
    @Test
    void buildUrlSameEndpointMultipleHosts() {
        UrlMap m = hostMap(Rule.builder("/").endpoint("index").host("alpha.example.com").build(),
                Rule.builder("/").endpoint("index").host("beta.example.com").build(),
                Rule.builder("/").endpoint("gamma").host("gamma.example.com").build());
        assertThat(bindHost(m, "alpha.example.com").build("index", Map.of())).isEqualTo("/");
        assertThat(bindHost(m, "alpha.example.com").build("gamma", Map.of())).isEqualTo("http://gamma.example.com/");
        assertThat(bindHost(m, "AlPhA.ExAmPlE.CoM").build("index", Map.of())).isEqualTo("/");
        assertThat(bindHost(m, "beta.example.com").build("index", Map.of())).isEqualTo("/");
        assertThat(bindHost(m, "BeTa.ExAmPlE.CoM").build("index", Map.of())).isEqualTo("/");
    }

    // Werkzeug: tests/test_routing.py::test_server_name_casing
    @Test
    void serverNameCasing() {
        UrlMap m = map(Rule.builder("/").endpoint("index").subdomain("foo").build());
        MapAdapter a = m.bindToEnviron(new RequestTarget("http", "FOO.EXAMPLE.COM", "", "/", "GET", ""), "example.com", null);
        assertMatch(a, "/", "index", Map.of());
        a = m.bindToEnviron(new RequestTarget("http", "127.0.0.1:5000", "", "/", "GET", ""), "example.com", null);
        assertNotFound(a.match());
    }

    // Werkzeug: tests/test_routing.py::test_redirect_path_quoting
    @Test
    void redirectPathQuoting() {
        UrlMap m = map(Rule.builder("/<category>").defaults(Map.of("page", 1)).endpoint("category").build(),
                rule("/<category>/page/<int:page>", "category"));
        assertThat(redirect(bind(m, "example.com", "/").match("/foo bar/page/1", "GET")))
                .isEqualTo("http://example.com/foo%20bar");
    }

    // Werkzeug: tests/test_routing.py::test_unicode_rules
    @Test
    void unicodeRules() {
        MapAdapter a = bind(map(rule("/войти/", "enter"), rule("/foo+bar/", "foobar")), "☃.example.com", "/");
        assertThat(redirect(a.match("/войти", "GET")))
                .isEqualTo("http://xn--n3h.example.com/%D0%B2%D0%BE%D0%B9%D1%82%D0%B8/");
        assertMatch(a, "/войти/", "enter", Map.of());
        assertThat(redirect(a.match("/foo+bar", "GET"))).isEqualTo("http://xn--n3h.example.com/foo+bar/");
        assertMatch(a, "/foo+bar/", "foobar", Map.of());
        assertThat(a.build("enter", Map.of(), null, true, true, null))
                .isEqualTo("http://xn--n3h.example.com/%D0%B2%D0%BE%D0%B9%D1%82%D0%B8/");
        assertThat(a.build("foobar", Map.of(), null, true, true, null)).isEqualTo("http://xn--n3h.example.com/foo+bar/");
    }

    // Werkzeug: tests/test_routing.py::test_empty_path_info
    @Test
    void emptyPathInfo() {
        UrlMap m = map(rule("/", "index"));
        assertThat(redirect(bind(m, "example.com", "/approot").match("", "GET"))).isEqualTo("http://example.com/approot/");
        assertThat(redirect(bind(m, "example.com", "/").match("", "GET"))).isEqualTo("http://example.com/");
    }

    // Werkzeug: tests/test_routing.py::test_both_bind_and_match_path_info_are_none
    @Test
    void bothBindAndMatchPathInfoAreNone() {
        assertMatch(map(rule("/", "index")).bind("example.org", null, null, null, null, null, null).match(), "index",
                Map.of());
    }

    // Werkzeug: tests/test_routing.py::test_map_repr
    @Test
    void mapRepr() {
        assertThat(map(rule("/wat", "enter"), rule("/woop", "foobar")).toString())
                .isEqualTo("UrlMap([<Rule '/wat' -> enter>, <Rule '/woop' -> foobar>])");
    }

    // Werkzeug: tests/test_routing.py::test_finding_closest_match_by_endpoint
    @Test
    void findingClosestMatchByEndpoint() {
        MapAdapter adapter = bind(map(rule("/foo/", "users.here"), rule("/wat/", "admin.users"), rule("/woop", "foo.users")),
                "example.com", "/");
        assertThat(new BuildError("admin.user", null, null, adapter).suggested().endpoint()).isEqualTo("admin.users");
    }

    // Werkzeug: tests/test_routing.py::test_finding_closest_match_by_values
    @Test
    void findingClosestMatchByValues() {
        Rule ruleSlug = rule("/user/<slug>/", "users");
        MapAdapter adapter = bind(map(rule("/user/id/<id>/", "users"), ruleSlug, rule("/user/emails/<email>/", "users")),
                "example.com", "/");
        assertThat(new BuildError("x", Map.of("slug", ""), null, adapter).suggested().arguments())
                .isEqualTo(ruleSlug.arguments());
    }

    // Werkzeug: tests/test_routing.py::test_finding_closest_match_by_method
    @Test
    void findingClosestMatchByMethod() {
        Rule post = Rule.builder("/post/").endpoint("foobar").methods("POST").build();
        Rule get = Rule.builder("/get/").endpoint("foobar").methods("GET").build();
        Rule put = Rule.builder("/put/").endpoint("foobar").methods("PUT").build();
        MapAdapter adapter = bind(map(post, get, put), "example.com", "/");
        assertThat(new BuildError("invalid", Map.of(), "POST", adapter).suggested().methods()).isEqualTo(post.methods());
        assertThat(new BuildError("invalid", Map.of(), "GET", adapter).suggested().methods()).isEqualTo(get.methods());
        assertThat(new BuildError("invalid", Map.of(), "PUT", adapter).suggested().methods()).isEqualTo(put.methods());
    }

    // Werkzeug: tests/test_routing.py::test_finding_closest_match_when_none_exist
    @Test
    void findingClosestMatchWhenNoneExist() {
        assertThat(new BuildError("invalid", Map.of(), null, bind(map(), "test.com", "/")).suggested()).isNull();
    }

    // Werkzeug: tests/test_routing.py::test_error_message_without_suggested_rule
    @Test
    void errorMessageWithoutSuggestedRule() {
        MapAdapter adapter = bind(map(Rule.builder("/foo/").endpoint("world").methods("GET").build()), "example.com", "/");
        assertThatThrownBy(() -> adapter.build("urks", Map.of())).hasMessageStartingWith("Could not build url for endpoint 'urks'.");
        assertThatThrownBy(() -> adapter.build("world", Map.of(), "POST", false, true, null))
                .hasMessageStartingWith("Could not build url for endpoint 'world' ('POST').");
        assertThatThrownBy(() -> adapter.build("urks", Map.of("user_id", 5)))
                .hasMessageStartingWith("Could not build url for endpoint 'urks' with values ['user_id'].");
    }

    // Werkzeug: tests/test_routing.py::test_error_message_suggestion
    @Test
    void errorMessageSuggestion() {
        MapAdapter adapter = bind(map(Rule.builder("/foo/<id>/").endpoint("world").methods("GET").build()), "example.com", "/");
        assertThatThrownBy(() -> adapter.build("helloworld", Map.of())).hasMessageContaining("Did you mean 'world' instead?");
        assertThatThrownBy(() -> adapter.build("world", Map.of())).hasMessageContaining("Did you forget to specify values ['id']?")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("Did you mean to use methods"));
        assertThatThrownBy(() -> adapter.build("world", Map.of("id", 2), "POST", false, true, null))
                .hasMessageContaining("Did you mean to use methods ['GET', 'HEAD']?");
    }

    // Werkzeug: tests/test_routing.py::test_build_url_with_arg_self
    @Test
    void buildUrlWithArgSelf() {
        MapAdapter adapter = map(rule("/foo/<string:self>", "foo")).bind("example.org", "/", "blah", "http", "GET", "/", null);
        assertThat(adapter.build("foo", Map.of("self", "bar"))).isEqualTo("http://example.org/foo/bar");
    }

    // Werkzeug: tests/test_routing.py::test_build_url_with_arg_keyword
    @Test
    void buildUrlWithArgKeyword() {
        MapAdapter adapter = map(rule("/foo/<string:class>", "foo")).bind("example.org", "/", "blah", "http", "GET", "/", null);
        assertThat(adapter.build("foo", Map.of("class", "bar"))).isEqualTo("http://example.org/foo/bar");
    }

    // Werkzeug: tests/test_routing.py::test_path_weighting
    @Test
    void pathWeighting() {
        UrlMap m = map(rule("/<path:path>/c", "simple"), rule("/<path:path>/<a>/<b>", "complex"));
        assertMatch(m.bind("localhost", "/", null, "http", "GET", "/a/b/c", null).match(), "simple", Map.of("path", "a/b"));
    }

    // Werkzeug: tests/test_routing.py::test_newline_match
    @Test
    void newlineMatch() {
        assertNotFound(bind(map(rule("/hello", "hello")), "localhost", "/").match("/hello\n", "GET"));
    }

    // Werkzeug: tests/test_routing.py::test_weighting
    @Test
    void weighting() {
        MapAdapter a = bind(map(rule("/<int:value>", "int"), rule("/<uuid:value>", "uuid")), "localhost", "/");
        assertMatch(a, "/2b5b0911-fdcf-4dd2-921b-28ace88db8a0", "uuid",
                Map.of("value", UUID.fromString("2b5b0911-fdcf-4dd2-921b-28ace88db8a0")));
    }

    // Werkzeug: tests/test_routing.py::test_strict_slashes_false
    @Test
    void strictSlashesFalse() {
        UrlMap m = map(Rule.builder("/path1").endpoint("leaf_path").strictSlashes(false).build(),
                Rule.builder("/path2/").endpoint("branch_path").strictSlashes(false).build(),
                Rule.builder("/<path:path>").endpoint("leaf_path_converter").strictSlashes(false).build());
        MapAdapter adapter = bind(m, "example.org", "/");
        assertMatch(adapter, "/path1", "leaf_path", Map.of());
        assertMatch(adapter, "/path1/", "leaf_path", Map.of());
        assertMatch(adapter, "/path2", "branch_path", Map.of());
        assertMatch(adapter, "/path2/", "branch_path", Map.of());
        assertMatch(adapter, "/any", "leaf_path_converter", Map.of("path", "any"));
        assertMatch(adapter, "/any/", "leaf_path_converter", Map.of("path", "any/"));
    }

    // Werkzeug: tests/test_routing.py::test_invalid_rule
    @Test
    void invalidRule() {
        assertThatThrownBy(() -> map(rule("/<int()>", "test"))).isInstanceOf(IllegalArgumentException.class);
    }

    // Werkzeug: tests/test_routing.py::test_multiple_converters_per_part
    @Test
    void multipleConvertersPerPart() {
        assertMatch(bind(map(rule("/v<int:major>.<int:minor>", "version")), "localhost", "/"), "/v1.2", "version",
                Map.of("major", 1, "minor", 2));
    }

    // Werkzeug: tests/test_routing.py::test_static_regex_escape
    @Test
    void staticRegexEscape() {
        MapAdapter adapter = bind(map(rule("/.<int:value>", "dotted")), "localhost", "/");
        assertMatch(adapter, "/.2", "dotted", Map.of("value", 2));
        assertNotFound(adapter.match("/a2", "GET"));
    }

    // Werkzeug: tests/test_routing.py::test_regex
    @Test
    void regex() {
        UrlMap m = new UrlMap();
        m.converters().put("regex", new ConverterTests.RegexConverter("[^/]+"));
        m.add(rule("/<regex('[^/:]+\\.[^/:]+'):value>", "regex"));
        assertMatch(bind(m, "localhost", "/"), "/asdfsa.asdfs", "regex", Map.of("value", "asdfsa.asdfs"));
    }

    @Test
    void redirectToTemplatesAndFunctions() {
        UrlMap m = map(Rule.builder("/old/<int:id>").endpoint("old").redirectTo("new/<id>").build(),
                Rule.builder("/gone").endpoint("gone").redirectTo((adapter, values) -> "/elsewhere").build(),
                rule("/new/<int:id>", "new"));
        MapAdapter a = bind(m, "example.com", "/app");
        assertThat(redirect(a.match("/old/5", "GET"))).isEqualTo("http://example.com/app/new/5");
        assertThat(redirect(a.match("/gone", "GET"))).isEqualTo("http://example.com/elsewhere");
        assertThat(List.of(a.build("new", Map.of("id", 5)))).containsExactly("/app/new/5");
    }
}
