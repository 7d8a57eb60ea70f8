package dev.flaskspring.routing;

import static dev.flaskspring.routing.RoutingAssertions.assertMatch;
import static dev.flaskspring.routing.RoutingAssertions.assertNotFound;
import static dev.flaskspring.routing.RoutingAssertions.bind;
import static dev.flaskspring.routing.RoutingAssertions.map;
import static dev.flaskspring.routing.RoutingAssertions.methodNotAllowed;
import static dev.flaskspring.routing.RoutingAssertions.redirect;
import static dev.flaskspring.routing.RoutingAssertions.rule;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * URL matching; ported from Werkzeug's {@code tests/test_routing.py}.
 * <p>Websocket rules and {@code test_dispatch} (WSGI dispatch helper) are not ported: the port serves
 * HTTP only and dispatch is Flask's pipeline.
 */
class RoutingMatchTests {

    // Werkzeug: tests/test_routing.py::test_basic_routing
    @Test
    void basicRouting() {
        UrlMap m = map(rule("/", "index"), rule("/foo", "foo"), rule("/bar/", "bar"));
        MapAdapter adapter = bind(m, "example.org", "/");
        assertMatch(adapter, "/", "index", Map.of());
        assertMatch(adapter, "/foo", "foo", Map.of());
        assertMatch(adapter, "/bar/", "bar", Map.of());
        assertThat(redirect(adapter.match("/bar", "GET"))).isEqualTo("http://example.org/bar/");
        assertNotFound(adapter.match("/blub", "GET"));
        adapter = bind(m, "example.org", "/test");
        assertThat(redirect(adapter.match("/bar", "GET"))).isEqualTo("http://example.org/test/bar/");
        adapter = m.bind("example.org", "/", null, "http", "GET", "/", "aha=muhaha");
        assertThat(redirect(adapter.match("/bar", "GET"))).isEqualTo("http://example.org/bar/?aha=muhaha");
        adapter = m.bindToEnviron(new RequestTarget("http", "example.org", "", "/bar", "GET", "foo=bar"), null, null);
        assertThat(redirect(adapter.match())).isEqualTo("http://example.org/bar/?foo=bar");
    }

    // Werkzeug: tests/test_routing.py::test_merge_slashes_match
    @Test
    void mergeSlashesMatch() {
        UrlMap m = map(rule("/no/tail", "no_tail"), rule("/yes/tail/", "yes_tail"), rule("/with/<path:path>", "with_path"),
                Rule.builder("/no//merge").endpoint("no_merge").mergeSlashes(false).build(),
                Rule.builder("/no/merging").endpoint("no_merging").mergeSlashes(false).build());
        MapAdapter adapter = bind(m, "localhost", "/");
        assertThat(redirect(adapter.match("/no//tail", "GET"))).endsWith("/no/tail");
        assertThat(redirect(adapter.match("/yes//tail", "GET"))).endsWith("/yes/tail/");
        assertThat(redirect(adapter.match("/yes/tail//", "GET"))).endsWith("/yes/tail/");
        redirect(adapter.match("//yes///tail////", "GET"));
        assertMatch(adapter, "/no/tail", "no_tail", Map.of());
        assertMatch(adapter, "/yes/tail/", "yes_tail", Map.of());
        assertMatch(adapter, "/with/http://example.com/", "with_path", Map.of("path", "http://example.com/"));
        assertMatch(adapter, "/with/x//y", "with_path", Map.of("path", "x//y"));
        assertMatch(adapter, "/no//merge", "no_merge", Map.of());
        assertMatch(adapter, "/no/merging", "no_merging", Map.of());
        assertNotFound(adapter.match("/no//merging", "GET"));
    }

    // Werkzeug: tests/test_routing.py::test_merge_slash_encoding
    @ParameterizedTest
    @CsvSource({"/merge/%//path,/merge/%25/path", "/merge//st/path,/merge/st/path"})
    void mergeSlashEncoding(String path, String expected) {
        MapAdapter adapter = bind(map(rule("/merge/<some>/path", "x")), "localhost", "/");
        assertThat(redirect(adapter.match(path, "GET"))).endsWith(expected);
    }

    // Werkzeug: tests/test_routing.py::test_strict_slashes_redirect
    @Test
    void strictSlashesRedirect() {
        UrlMap m = map(Rule.builder("/bar/").endpoint("get").methods("GET").build(),
                Rule.builder("/bar").endpoint("post").methods("POST").build(),
                Rule.builder("/foo/").endpoint("foo").methods("POST").build(),
                Rule.builder("/<path:var>/").endpoint("path").methods("GET").build());
        MapAdapter adapter = bind(m, "example.org", "/");
        assertMatch(adapter.match("/bar/", "GET"), "get", Map.of());
        assertMatch(adapter.match("/bar", "POST"), "post", Map.of());
        assertMatch(adapter.match("/abc/", "GET"), "path", Map.of("var", "abc"));
        redirect(adapter.match("/bar", "GET"));
        methodNotAllowed(adapter.match("/bar/", "POST"));
        redirect(adapter.match("/foo", "POST"));
        assertThat(redirect(adapter.match("/abc", "GET"))).isEqualTo("http://example.org/abc/");

        m = map(Rule.builder("/bar").endpoint("post").methods("POST").build(),
                Rule.builder("/bar/").endpoint("get").methods("GET").build());
        adapter = bind(m, "example.org", "/");
        assertMatch(adapter.match("/bar/", "GET"), "get", Map.of());
        assertMatch(adapter.match("/bar", "POST"), "post", Map.of());
        redirect(adapter.match("/bar", "GET"));
        methodNotAllowed(adapter.match("/bar/", "POST"));

        m = map(Rule.builder("/bar/").endpoint("get").methods("GET").build());
        adapter = bind(m, "example.org", "/");
        assertMatch(adapter.match("/bar/", "GET"), "get", Map.of());
        redirect(adapter.match("/bar", "GET"));
        methodNotAllowed(adapter.match("/bar/", "POST"));
    }

    // Werkzeug: tests/test_routing.py::test_strict_slashes_leaves_dont_consume
    @Test
    void strictSlashesLeavesDontConsume() {
        UrlMap m = new UrlMap();
        m.setStrictSlashes(false);
        m.add(rule("/path1", "leaf"));
        m.add(rule("/path1/", "branch"));
        m.add(Rule.builder("/path2").endpoint("leaf").strictSlashes(false).build());
        m.add(rule("/path2/", "branch"));
        m.add(rule("/path3", "leaf"));
        m.add(Rule.builder("/path3/").endpoint("branch").strictSlashes(false).build());
        m.add(Rule.builder("/path4").endpoint("leaf").strictSlashes(false).build());
        m.add(Rule.builder("/path4/").endpoint("branch").strictSlashes(false).build());
        m.add(rule("/path5", "leaf"));
        MapAdapter adapter = bind(m, "example.org", "/");
        for (int i = 1; i <= 4; i++) {
            assertMatch(adapter, "/path" + i, "leaf", Map.of());
            assertMatch(adapter, "/path" + i + "/", "branch", Map.of());
        }
        assertMatch(adapter, "/path5/", "leaf", Map.of());
    }

    // Werkzeug: tests/test_routing.py::test_environ_defaults
    @Test
    void environDefaults() {
        UrlMap m = map(rule("/foo", "foo"), rule("/bar", "bar"));
        MapAdapter a = m.bindToEnviron(new RequestTarget("http", "localhost", "", "/foo", "GET", ""), null, null);
        assertMatch(a, "/foo", "foo", Map.of());
        assertMatch(a.match(), "foo", Map.of());
        assertMatch(a, "/bar", "bar", Map.of());
        assertNotFound(a.match("/bars", "GET"));
    }

    // Werkzeug: tests/test_routing.py::test_environ_nonascii_pathinfo
    @Test
    void environNonasciiPathinfo() {
        UrlMap m = map(rule("/", "index"), rule("/лошадь", "horse"));
        MapAdapter a = m.bindToEnviron(new RequestTarget("http", "localhost", "", "/лошадь", "GET", ""), null, null);
        assertMatch(a, "/", "index", Map.of());
        assertMatch(a, "/лошадь", "horse", Map.of());
        assertNotFound(a.match("/барсук", "GET"));
    }

    // Werkzeug: tests/test_routing.py::test_defaults
    @Test
    void defaults() {
        UrlMap m = map(Rule.builder("/foo/").defaults(Map.of("page", 1)).endpoint("foo").build(),
                rule("/foo/<int:page>", "foo"));
        MapAdapter adapter = bind(m, "example.org", "/");
        assertMatch(adapter, "/foo/", "foo", Map.of("page", 1));
        redirect(adapter.match("/foo/1", "GET"));
        assertMatch(adapter, "/foo/2", "foo", Map.of("page", 2));
        assertThat(adapter.build("foo", Map.of())).isEqualTo("/foo/");
        assertThat(adapter.build("foo", Map.of("page", 1))).isEqualTo("/foo/");
        assertThat(adapter.build("foo", Map.of("page", 2))).isEqualTo("/foo/2");
    }

    // Werkzeug: tests/test_routing.py::test_negative
    @Test
    void negative() {
        UrlMap m = map(rule("/foos/<int(signed=True):page>", "foos"), rule("/bars/<float(signed=True):page>", "bars"),
                rule("/foo/<int:page>", "foo"), rule("/bar/<float:page>", "bar"));
        MapAdapter adapter = bind(m, "example.org", "/");
        assertMatch(adapter, "/foos/-2", "foos", Map.of("page", -2));
        assertMatch(adapter, "/foos/-50", "foos", Map.of("page", -50));
        assertMatch(adapter, "/bars/-2.0", "bars", Map.of("page", -2.0));
        assertMatch(adapter, "/bars/-0.185", "bars", Map.of("page", -0.185));
        assertNotFound(adapter.match("/foo/-2", "GET"));
        assertNotFound(adapter.match("/foo/-50", "GET"));
        assertNotFound(adapter.match("/bar/-0.185", "GET"));
        assertNotFound(adapter.match("/bar/-2.0", "GET"));
    }

    // Werkzeug: tests/test_routing.py::test_greedy
    @Test
    void greedy() {
        UrlMap m = map(rule("/foo", "foo"), rule("/<path:bar>", "bar"), rule("/<path:bar>/<path:blub>", "bar"));
        MapAdapter adapter = bind(m, "example.org", "/");
        assertMatch(adapter, "/foo", "foo", Map.of());
        assertMatch(adapter, "/blub", "bar", Map.of("bar", "blub"));
        assertMatch(adapter, "/he/he", "bar", Map.of("bar", "he", "blub", "he"));
        assertThat(adapter.build("foo", Map.of())).isEqualTo("/foo");
        assertThat(adapter.build("bar", Map.of("bar", "blub"))).isEqualTo("/blub");
        assertThat(adapter.build("bar", Map.of("bar", "blub", "blub", "bar"))).isEqualTo("/blub/bar");
    }

    // Werkzeug: tests/test_routing.py::test_path
    @Test
    void path() {
        UrlMap m = map(Rule.builder("/").defaults(Map.of("name", "FrontPage")).endpoint("page").build(),
                rule("/Special", "special"), rule("/<int:year>", "year"), rule("/<path:name>:foo", "foopage"),
                rule("/<path:name>:<path:name2>", "twopage"), rule("/<path:name>", "page"),
                rule("/<path:name>/edit", "editpage"), rule("/<path:name>/silly/<path:name2>", "sillypage"),
                rule("/<path:name>/silly/<path:name2>/edit", "editsillypage"), rule("/Talk:<path:name>", "talk"),
                rule("/User:<username>", "user"), rule("/User:<username>/<path:name>", "userpage"),
                rule("/User:<username>/comment/<int:id>-<int:replyId>", "usercomment"),
                rule("/Files/<path:file>", "files"), rule("/<admin>/<manage>/<things>", "admin"));
        MapAdapter adapter = bind(m, "example.org", "/");
        assertMatch(adapter, "/", "page", Map.of("name", "FrontPage"));
        redirect(adapter.match("/FrontPage", "GET"));
        assertMatch(adapter, "/Special", "special", Map.of());
        assertMatch(adapter, "/2007", "year", Map.of("year", 2007));
        assertMatch(adapter, "/Some:foo", "foopage", Map.of("name", "Some"));
        assertMatch(adapter, "/Some:bar", "twopage", Map.of("name", "Some", "name2", "bar"));
        assertMatch(adapter, "/Some/Page", "page", Map.of("name", "Some/Page"));
        assertMatch(adapter, "/Some/Page/edit", "editpage", Map.of("name", "Some/Page"));
        assertMatch(adapter, "/Foo/silly/bar", "sillypage", Map.of("name", "Foo", "name2", "bar"));
        assertMatch(adapter, "/Foo/silly/bar/edit", "editsillypage", Map.of("name", "Foo", "name2", "bar"));
        assertMatch(adapter, "/Talk:Foo/Bar", "talk", Map.of("name", "Foo/Bar"));
        assertMatch(adapter, "/User:thomas", "user", Map.of("username", "thomas"));
        assertMatch(adapter, "/User:thomas/projects/werkzeug", "userpage",
                Map.of("username", "thomas", "name", "projects/werkzeug"));
        assertMatch(adapter, "/User:thomas/comment/123-456", "usercomment",
                Map.of("username", "thomas", "id", 123, "replyId", 456));
        assertMatch(adapter, "/Files/downloads/werkzeug/0.2.zip", "files", Map.of("file", "downloads/werkzeug/0.2.zip"));
        assertMatch(adapter, "/Jerry/eats/cheese", "admin", Map.of("admin", "Jerry", "manage", "eats", "things", "cheese"));
    }

    // Werkzeug: tests/test_routing.py::test_http_host_before_server_name
    @Test
    void httpHostBeforeServerName() {
        UrlMap m = map(Rule.builder("/").endpoint("index").subdomain("wiki").build());
        MapAdapter adapter = m.bindToEnviron(new RequestTarget("http", "wiki.example.com", "", "", "GET", ""),
                "example.com", null);
        assertMatch(adapter, "/", "index", Map.of());
        assertThat(adapter.build("index", Map.of(), null, true, true, null)).isEqualTo("http://wiki.example.com/");
        assertThat(adapter.build("index", Map.of())).isEqualTo("/");
        adapter = m.bindToEnviron(new RequestTarget("http", "admin.example.com", "", "", "GET", ""), "example.com", null);
        assertThat(adapter.build("index", Map.of())).isEqualTo("http://wiki.example.com/");
    }

    // Werkzeug: tests/test_routing.py::test_invalid_subdomain_warning
    @Test
    void invalidSubdomainWarning() {
        UrlMap m = map(rule("/foo", "foo"));
        MapAdapter a = m.bindToEnviron(new RequestTarget("http", "foo.example.com", "", "/foo", "GET", ""),
                "bar.example.com", null);
        assertThat(a.subdomain()).isEqualTo("<invalid>");
    }

    @Test
    void matchingStaysCorrectWithTenThousandRules() {
        UrlMap m = new UrlMap();
        for (int i = 0; i < 5_000; i++) {
            m.add(rule("/static/page" + i, "static" + i));
            m.add(rule("/dynamic" + i + "/<int:id>/<name>", "dynamic" + i));
        }
        MapAdapter adapter = bind(m, "example.org", "/");
        assertMatch(adapter, "/static/page0", "static0", Map.of());
        assertMatch(adapter, "/static/page4999", "static4999", Map.of());
        assertMatch(adapter, "/dynamic2500/7/x", "dynamic2500", Map.of("id", 7, "name", "x"));
        assertNotFound(adapter.match("/static/page5000", "GET"));
        assertNotFound(adapter.match("/dynamic1/notanint/x", "GET"));
        List<String> built = new ArrayList<>();
        built.add(adapter.build("dynamic4999", Map.of("id", 1, "name", "n")));
        assertThat(built).containsExactly("/dynamic4999/1/n");
    }
}
