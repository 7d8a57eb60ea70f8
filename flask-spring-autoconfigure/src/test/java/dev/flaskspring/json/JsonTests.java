package dev.flaskspring.json;

import static dev.flaskspring.Globals.jsonify;
import static dev.flaskspring.Globals.request;
import static org.assertj.core.api.Assertions.assertThat;

import dev.flaskspring.Flask;
import dev.flaskspring.TestApps;
import dev.flaskspring.templating.Markup;
import dev.flaskspring.testing.FlaskClient;
import dev.flaskspring.testing.TestRequest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The JSON provider; ported from Flask's {@code tests/test_json.py}. Not ported: {@code test_json_dump_to_file}
 * (Python file objects), {@code test_tojson_filter} (Jinja), {@code test_json_customization} (a Python
 * provider subclass), and the {@code *args} form of {@code test_jsonify_arrays} ({@code jsonify(a, b)} takes
 * key/value pairs here).
 */
class JsonTests {

    final Flask app = TestApps.flask();
    final FlaskClient client = app.testClient();

    // Flask: tests/test_json.py::test_bad_request_debug_message
    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void badRequestDebugMessage(boolean debug) {
        app.config().put("DEBUG", debug);
        app.config().put("TRAP_BAD_REQUEST_ERRORS", false);
        app.route("/json", "post_json", Set.of("POST"), args -> {
            request().getJson(false, false);
            return null;
        });
        var rv = client.open(TestRequest.post("/json").contentType("application/json"));
        assertThat(rv.statusCode()).isEqualTo(400);
        assertThat(rv.text().contains("Failed to decode JSON object")).isEqualTo(debug);
    }

    // Flask: tests/test_json.py::test_json_bad_requests
    @Test
    void jsonBadRequests() {
        app.route("/json", "return_json", Set.of("POST"), args -> jsonify("foo", String.valueOf(request().getJson(false, false))));
        assertThat(client.open(TestRequest.post("/json").data("malformed").contentType("application/json")).statusCode())
                .isEqualTo(400);
    }

    // Flask: tests/test_json.py::test_json_custom_mimetypes
    @Test
    void jsonCustomMimetypes() {
        app.route("/json", "return_json", Set.of("POST"), args -> request().getJson(false, false));
        assertThat(client.open(TestRequest.post("/json").data("\"foo\"").contentType("application/x+json")).text())
                .isEqualTo("foo");
    }

    // Flask: tests/test_json.py::test_json_as_unicode
    @Test
    void jsonAsUnicode() {
        assertThat(app.json().dumps("\u2603")).isEqualTo("\"\\u2603\"");
        app.json().setEnsureAscii(false);
        assertThat(app.json().dumps("\u2603")).isEqualTo("\"\u2603\"");
    }

    // Flask: tests/test_json.py::test_jsonify_basic_types
    @Test
    void jsonifyBasicTypes() {
        java.util.Arrays.asList(0, -1, 1, 23, 3.14, "s", "longer string", true, false, null).forEach(value -> {
            try (var ctx = app.testRequestContext("/")) {
                var rv = jsonify(value);
                assertThat(rv.mimetype()).isEqualTo("application/json");
                assertThat(app.json().loads(rv.text())).isEqualTo(value);
            }
        });
    }

    // Flask: tests/test_json.py::test_jsonify_dicts
    @Test
    void jsonifyDicts() {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("a", 0);
        d.put("b", 23);
        d.put("c", 3.14);
        d.put("d", "t");
        d.put("e", "Hi");
        d.put("f", true);
        d.put("g", false);
        d.put("h", List.of("test list", 10, false));
        d.put("i", Map.of("test", "dict"));
        app.route("/dict", "return_dict", args -> jsonify(d));
        var rv = client.get("/dict");
        assertThat(rv.mimetype()).isEqualTo("application/json");
        assertThat(rv.json()).isEqualTo(d);
    }

    // Flask: tests/test_json.py::test_jsonify_arrays
    @Test
    void jsonifyArrays() {
        List<Object> aList = List.of(0, 42, 3.14, "t", "hello", true, false, List.of("test list", 2, false),
                Map.of("test", "dict"));
        app.route("/array", "return_array", args -> jsonify(aList));
        assertThat(client.get("/array").json()).isEqualTo(aList);
    }

    // Flask: tests/test_json.py::test_jsonify_datetime
    @Test
    void jsonifyDatetime() {
        app.route("/dt", "dt", args -> jsonify("value", LocalDateTime.of(1973, 3, 11, 6, 30, 45)));
        app.route("/d", "d", args -> jsonify("value", LocalDate.of(1975, 1, 5)));
        assertThat(client.get("/dt").jsonMap().get("value")).isEqualTo("Sun, 11 Mar 1973 06:30:45 GMT");
        assertThat(client.get("/d").jsonMap().get("value")).isEqualTo("Sun, 05 Jan 1975 00:00:00 GMT");
    }

    // Flask: tests/test_json.py::test_jsonify_aware_datetimes
    @ParameterizedTest
    @ValueSource(ints = {0, -8, 9})
    void jsonifyAwareDatetimes(int hours) {
        OffsetDateTime dt = OffsetDateTime.of(2017, 1, 1, 12, 34, 56, 0, ZoneOffset.ofHours(hours));
        String expected = "\"" + dev.flaskspring.wrappers.HttpDates.format(dt.toInstant()) + "\"";
        assertThat(app.json().dumps(dt)).isEqualTo(expected);
    }

    // Flask: tests/test_json.py::test_jsonify_uuid_types
    @Test
    void jsonifyUuidTypes() {
        UUID testUuid = UUID.fromString("deadbeef-dead-beef-dead-beefdeadbeef");
        app.route("/uuid_test", "uuid_test", args -> jsonify("x", testUuid));
        String x = (String) client.get("/uuid_test").jsonMap().get("x");
        assertThat(x).isEqualTo(testUuid.toString());
        assertThat(UUID.fromString(x)).isEqualTo(testUuid);
    }

    // Flask: tests/test_json.py::test_json_decimal
    @Test
    void jsonDecimal() {
        assertThat(app.json().dumps(new BigDecimal("0.003"))).isEqualTo("\"0.003\"");
    }

    // Flask: tests/test_json.py::test_json_attr
    @Test
    void jsonAttr() {
        app.route("/add", "add", Set.of("POST"), args -> {
            Map<?, ?> json = (Map<?, ?>) request().getJson(false, false);
            return String.valueOf((Integer) json.get("a") + (Integer) json.get("b"));
        });
        assertThat(client.open(TestRequest.post("/add").data(app.json().dumps(Map.of("a", 1, "b", 2)))
                .contentType("application/json")).text()).isEqualTo("3");
    }

    // Flask: tests/test_json.py::test_json_key_sorting
    @Test
    void jsonKeySorting() {
        app.setDebug(true);
        assertThat(app.json().sortKeys()).isTrue();
        Map<Integer, String> d = new LinkedHashMap<>();
        for (int i = 19; i >= 0; i--) {
            d.put(i, "foo");
        }
        app.route("/", "index", args -> jsonify("values", d));
        List<String> lines = client.get("/").text().strip().lines().map(String::strip).toList();
        List<String> sortedByInt = new ArrayList<>(List.of("{", "\"values\": {"));
        List<String> sortedByStr = new ArrayList<>(sortedByInt);
        for (int i = 0; i < 20; i++) {
            sortedByInt.add("\"" + i + "\": \"foo\"" + (i < 19 ? "," : ""));
        }
        List<String> byStr = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            byStr.add(String.valueOf(i));
        }
        byStr.sort(null);
        for (String key : byStr) {
            sortedByStr.add("\"" + key + "\": \"foo\"" + (key.equals("9") ? "" : ","));
        }
        sortedByInt.addAll(List.of("}", "}"));
        sortedByStr.addAll(List.of("}", "}"));
        assertThat(lines).isIn(sortedByInt, sortedByStr);
    }

    record Point(int y, int x) {
    }

    @Test
    void withSortKeysOffMapsKeepTheirOrderAndRecordsTheirComponentOrder() {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("b", 1);
        d.put("a", new Point(2, 3));
        assertThat(app.json().dumps(d)).isEqualTo("{\"a\":{\"x\":3,\"y\":2},\"b\":1}");
        app.json().setSortKeys(false);
        assertThat(app.json().sortKeys()).isFalse();
        assertThat(app.json().dumps(d)).isEqualTo("{\"b\":1,\"a\":{\"y\":2,\"x\":3}}");
        app.route("/", "index", args -> d);
        assertThat(client.get("/").text()).isEqualTo("{\"b\":1,\"a\":{\"y\":2,\"x\":3}}\n");
        app.json().setSortKeys(true);
        assertThat(app.json().dumps(d)).isEqualTo("{\"a\":{\"x\":3,\"y\":2},\"b\":1}");
    }

    // Flask: tests/test_json.py::test_html_method
    @Test
    void htmlMethod() {
        assertThat(app.json().dumps(new Markup("<p>test</p>"))).isEqualTo("\"<p>test</p>\"");
    }
}
