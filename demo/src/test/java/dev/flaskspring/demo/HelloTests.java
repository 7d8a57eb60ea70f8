package dev.flaskspring.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** flaskr's {@code test_hello} from {@code tests/test_factory.py}, on the test client fixture. */
class HelloTests extends FlaskrTestCase {

    // flaskr: tests/test_factory.py::test_hello
    @Test
    void hello() {
        assertThat(client.get("/hello").text()).isEqualTo("Hello, World!");
    }

    @Test
    void theIndexEndpointIsTheBlogIndex() {
        try (var ctx = app.testRequestContext("/")) {
            assertThat(dev.flaskspring.Globals.urlFor("index")).isEqualTo("/");
            assertThat(dev.flaskspring.Globals.urlFor("blog.index")).isEqualTo("/");
        }
        try (var preserved = client.preserveContext()) {
            client.get("/");
            assertThat(dev.flaskspring.Globals.request().endpoint()).isEqualTo("blog.index");
        }
    }

    @Test
    void staticFilesAreServedByFlasksStaticRoute() {
        var response = client.get("/static/style.css");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.mimetype()).isEqualTo("text/css");
        assertThat(response.header("Cache-Control")).isEqualTo("no-cache");
        assertThat(response.text()).contains(".post .body {\n  white-space: pre-line;\n}");
        var again = client.open(dev.flaskspring.testing.TestRequest.get("/static/style.css")
                .header("If-None-Match", response.header("ETag")));
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.header("Last-Modified")).isNull();
    }
}
