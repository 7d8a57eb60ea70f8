package dev.flaskspring.routing;

import static dev.flaskspring.routing.RoutingAssertions.assertMatch;
import static dev.flaskspring.routing.RoutingAssertions.bind;
import static dev.flaskspring.routing.RoutingAssertions.map;
import static dev.flaskspring.routing.RoutingAssertions.rule;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** URL converters; ported from Werkzeug's {@code tests/test_routing.py}. */
class ConverterTests {

    // Werkzeug: tests/test_routing.py::test_default_converters
    @Test
    void defaultConverters() {
        UrlMap m = new UrlMap();
        m.converters().put("foo", new UnicodeConverter());
        m.converters().put("bar", new UnicodeConverter());
        m.add(rule("/a/<foo:a>", "a"));
        m.add(rule("/b/<bar:b>", "b"));
        m.add(rule("/c/<c>", "c"));
        MapAdapter a = bind(m, "example.org", "/");
        assertMatch(a, "/a/1", "a", Map.of("a", "1"));
        assertMatch(a, "/b/2", "b", Map.of("b", "2"));
        assertMatch(a, "/c/3", "c", Map.of("c", "3"));
        assertThat(new UrlMap().converters()).doesNotContainKey("foo");
    }

    // Werkzeug: tests/test_routing.py::test_uuid_converter
    @Test
    void uuidConverter() {
        MatchResult result = bind(map(rule("/a/<uuid:a_uuid>", "a")), "example.org", "/")
                .match("/a/a8098c1a-f86e-11da-bd1a-00112444be1e", "GET");
        assertThat(((MatchResult.Match) result).values().get("a_uuid")).isInstanceOf(UUID.class);
    }

    static final class TwoValueConverter implements UrlConverter {
        @Override
        public Object toJava(String twoValues) {
            return Arrays.asList(twoValues.split("/"));
        }

        @Override
        public String toUrl(Object values) {
            List<?> v = (List<?>) values;
            return v.get(0) + "/" + v.get(1);
        }

        @Override
        public String regex() {
            return "(\\w\\w+)/(\\w\\w+)";
        }

        @Override
        public boolean partIsolating() {
            return false;
        }
    }

    // Werkzeug: tests/test_routing.py::test_converter_with_tuples
    @Test
    void converterWithTuples() {
        UrlMap m = new UrlMap();
        m.converters().put("two", new TwoValueConverter());
        m.add(rule("/<two:foo>/", "handler"));
        MatchResult result = bind(m, "example.org", "/").match("/qwert/yuiop/", "GET");
        assertThat(((MatchResult.Match) result).values().get("foo")).isEqualTo(List.of("qwert", "yuiop"));
    }

    record RegexConverter(String regex) implements UrlConverter {
        @Override
        public Object toJava(String segment) {
            return segment;
        }

        @Override
        public boolean partIsolating() {
            return false;
        }

        @Override
        public UrlConverter withArguments(List<Object> args, Map<String, Object> kwargs) {
            return new RegexConverter(String.valueOf(args.get(0)));
        }
    }

    // Werkzeug: tests/test_routing.py::test_nested_regex_groups
    @Test
    void nestedRegexGroups() {
        String datePattern = "((\\d{8}T\\d{6}([.,]\\d{1,3})?)|(\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}([.,]\\d{1,3})?))Z";
        UrlMap m = new UrlMap();
        m.converters().put("regex", new RegexConverter("[^/]+"));
        m.add(rule("/<regex('" + datePattern + "'):start>/<regex('" + datePattern + "'):end>/", "handler"));
        MatchResult result = bind(m, "example.org", "/").match("/2023-02-16T23:36:36.266Z/2023-02-16T23:46:36.266Z/", "GET");
        Map<String, Object> values = ((MatchResult.Match) result).values();
        assertThat(values.get("start")).isEqualTo("2023-02-16T23:36:36.266Z");
        assertThat(values.get("end")).isEqualTo("2023-02-16T23:46:36.266Z");
    }

    // Werkzeug: tests/test_routing.py::test_anyconverter
    @Test
    void anyconverter() {
        MapAdapter a = bind(map(rule("/<any(a1, a2):a>", "no_dot"), rule("/<any(a.1, a.2):a>", "yes_dot")), "example.org", "/");
        assertMatch(a, "/a1", "no_dot", Map.of("a", "a1"));
        assertMatch(a, "/a2", "no_dot", Map.of("a", "a2"));
        assertMatch(a, "/a.1", "yes_dot", Map.of("a", "a.1"));
        assertMatch(a, "/a.2", "yes_dot", Map.of("a", "a.2"));
    }

    // Werkzeug: tests/test_routing.py::test_any_converter_build_validates_value
    @Test
    void anyConverterBuildValidatesValue() {
        MapAdapter a = bind(map(rule("/<any(patient, provider):value>", "actor")), "localhost", "/");
        assertThat(a.build("actor", Map.of("value", "patient"))).isEqualTo("/patient");
        assertThat(a.build("actor", Map.of("value", "provider"))).isEqualTo("/provider");
        assertThatThrownBy(() -> a.build("actor", Map.of("value", "invalid")))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("'invalid' is not one of 'patient', 'provider'");
    }

    // Werkzeug: tests/test_routing.py::test_part_isolating_default
    @Test
    void partIsolatingDefault() {
        UrlMap m = new UrlMap();
        m.converters().put("two", new UrlConverter() {
            @Override
            public Object toJava(String value) {
                return Arrays.asList(value.split("/"));
            }

            @Override
            public String regex() {
                return "\\w+/\\w+";
            }
        });
        m.add(rule("/<two:values>/", "two"));
        assertMatch(bind(m, "localhost", "/"), "/a/b/", "two", Map.of("values", List.of("a", "b")));
    }

    @Test
    void intConverterOptions() {
        MapAdapter a = bind(map(rule("/<int(fixed_digits=4):year>", "year"), rule("/m/<int(min=1, max=12):m>", "month")),
                "localhost", "/");
        assertMatch(a, "/2024", "year", Map.of("year", 2024));
        assertThat(a.match("/24", "GET")).isInstanceOf(MatchResult.NotFound.class);
        assertThat(a.build("year", Map.of("year", 7))).isEqualTo("/0007");
        assertMatch(a, "/m/12", "month", Map.of("m", 12));
        assertThat(a.match("/m/13", "GET")).isInstanceOf(MatchResult.NotFound.class);
    }

    @Test
    void badRuleTextFailsAtRegistration() {
        assertThatThrownBy(() -> map(rule("no-slash", "x"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must start with a slash");
        assertThatThrownBy(() -> map(rule("/<nope:x>", "x"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("the converter 'nope' does not exist");
        assertThatThrownBy(() -> map(rule("/<int:x", "x"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("malformed url rule");
    }
}
