package dev.flaskspring;

import dev.flaskspring.pipeline.AsyncValues;
import static dev.flaskspring.Globals.abort;
import static dev.flaskspring.Globals.makeResponse;
import static dev.flaskspring.Globals.redirect;
import static dev.flaskspring.Globals.request;
import static dev.flaskspring.Globals.session;
import static dev.flaskspring.Globals.streamWithContext;
import static dev.flaskspring.Globals.urlFor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flaskspring.ctx.AppContext;
import dev.flaskspring.exceptions.Aborter;
import dev.flaskspring.exceptions.HTTPException;
import dev.flaskspring.exceptions.Unauthorized;
import dev.flaskspring.testing.FlaskClient;
import dev.flaskspring.wrappers.Response;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Helpers; ported from Flask's {@code tests/test_helpers.py} ({@code TestSendfile} is in
 * {@link StaticFilesTests}).
 * <p>Not ported, with the reason: {@code TestNoImports} (import names do not exist here).
 */
class HelpersTests {

    final Flask app = TestApps.flask();
    final FlaskClient client = app.testClient();

    /** Flask's {@code TestUrlFor}. */
    @Nested
    class TestUrlFor {

        // Flask: tests/test_helpers.py::TestUrlFor::test_url_for_with_anchor
        @Test
        void urlForWithAnchor() {
            app.route("/", "index", args -> "42");
            try (var ctx = app.testRequestContext("/")) {
                assertThat(urlFor("index", "_anchor", "x y")).isEqualTo("/#x%20y");
            }
        }

        // Flask: tests/test_helpers.py::TestUrlFor::test_url_for_with_scheme
        @Test
        void urlForWithScheme() {
            app.route("/", "index", args -> "42");
            try (var ctx = app.testRequestContext("/")) {
                assertThat(urlFor("index", "_external", true, "_scheme", "https")).isEqualTo("https://localhost/");
            }
        }

        // Flask: tests/test_helpers.py::TestUrlFor::test_url_for_with_scheme_not_external
        @Test
        void urlForWithSchemeNotExternal() {
            app.route("/", "index", args -> "42");
            try (var ctx = app.testRequestContext("/")) {
                assertThat(urlFor("index", "_scheme", "https")).isEqualTo("https://localhost/");
                assertThatThrownBy(() -> urlFor("index", "_scheme", "https", "_external", false))
                        .isInstanceOf(IllegalArgumentException.class);
            }
        }

        // Flask: tests/test_helpers.py::TestUrlFor::test_url_for_with_alternating_schemes
        @Test
        void urlForWithAlternatingSchemes() {
            app.route("/", "index", args -> "42");
            try (var ctx = app.testRequestContext("/")) {
                assertThat(urlFor("index", "_external", true)).isEqualTo("http://localhost/");
                assertThat(urlFor("index", "_external", true, "_scheme", "https")).isEqualTo("https://localhost/");
                assertThat(urlFor("index", "_external", true)).isEqualTo("http://localhost/");
            }
        }

        /** Flask's {@code MyView}. */
        public static class MyView extends MethodView {
            public Object get(ViewArgs args) {
                return args.get("id") == null ? "List" : "Get " + args.getInt("id");
            }

            public Object post(ViewArgs args) {
                return "Create";
            }
        }

        // Flask: tests/test_helpers.py::TestUrlFor::test_url_with_method
        @Test
        void urlWithMethod() {
            View myview = FlaskView.asView("myview", MyView::new);
            app.addUrlRule("/myview/", "myview", myview, RuleOptions.builder().methods("GET").build());
            app.addUrlRule("/myview/<int:id>", "myview", myview, RuleOptions.builder().methods("GET").build());
            app.addUrlRule("/myview/create", "myview", myview, RuleOptions.builder().methods("POST").build());
            try (var ctx = app.testRequestContext("/")) {
                assertThat(urlFor("myview", "_method", "GET")).isEqualTo("/myview/");
                assertThat(urlFor("myview", "id", 42, "_method", "GET")).isEqualTo("/myview/42");
                assertThat(urlFor("myview", "_method", "POST")).isEqualTo("/myview/create");
            }
        }

        // Flask: tests/test_helpers.py::TestUrlFor::test_url_for_with_self
        @Test
        void urlForWithSelf() {
            app.route("/<self>", "index", args -> "42");
            try (var ctx = app.testRequestContext("/")) {
                assertThat(urlFor("index", "self", "2")).isEqualTo("/2");
            }
        }
    }

    // Flask: tests/test_helpers.py::test_redirect_no_app
    @Test
    void redirectNoApp() {
        Response response = redirect("https://localhost", 307);
        assertThat(response.location()).isEqualTo("https://localhost");
        assertThat(response.statusCode()).isEqualTo(307);
    }

    // Flask: tests/test_helpers.py::test_redirect_with_app
    @Test
    void redirectWithApp() {
        Flask custom = new Flask("flask_test") {
            @Override
            public Response redirect(String location, int code) {
                throw new IllegalArgumentException();
            }
        };
        try (AppContext ctx = custom.appContext()) {
            assertThatThrownBy(() -> redirect("other")).isInstanceOf(IllegalArgumentException.class);
        }
    }

    // Flask: tests/test_helpers.py::test_abort_no_app
    @Test
    void abortNoApp() {
        assertThatThrownBy(() -> abort(401)).isInstanceOf(Unauthorized.class);
        assertThatThrownBy(() -> abort(900)).isInstanceOf(IllegalArgumentException.class);
    }

    static class MyAborter extends Aborter {
    }

    // Flask: tests/test_helpers.py::test_app_aborter_class
    @Test
    void appAborterClass() {
        Flask custom = new Flask("flask_test") {
            @Override
            protected Aborter makeAborter() {
                return new MyAborter();
            }
        };
        assertThat(custom.aborter()).isInstanceOf(MyAborter.class);
    }

    static class My900Error extends HTTPException {
        My900Error(String description) {
            super(900, description);
        }
    }

    // Flask: tests/test_helpers.py::test_abort_with_app
    @Test
    void abortWithApp() {
        app.aborter().mapping().put(900, My900Error::new);
        try (AppContext ctx = app.appContext()) {
            assertThatThrownBy(() -> abort(900)).isInstanceOf(My900Error.class);
        }
    }

    /** Flask's {@code TestStreaming}. */
    @Nested
    class TestStreaming {

        private Iterator<String> generate() {
            return List.of("Hello ", "%name", "!").stream()
                    .map(s -> s.equals("%name") ? request().args().get("name") : s).iterator();
        }

        // Flask: tests/test_helpers.py::TestStreaming::test_streaming_with_context
        @Test
        void streamingWithContext() {
            app.route("/", "index", args -> new Response(streamWithContext(generate())));
            assertThat(client.get("/?name=World").text()).isEqualTo("Hello World!");
        }

        // Flask: tests/test_helpers.py::TestStreaming::test_streaming_with_context_as_decorator
        @Test
        void streamingWithContextAsDecorator() {
            app.route("/", "index", args -> new Response(streamWithContext(this::generate)));
            assertThat(client.get("/?name=World").text()).isEqualTo("Hello World!");
        }

        /** Flask's {@code Wrapper}: an iterator with its own {@code close}. */
        final class Wrapper implements Iterator<String>, AutoCloseable {
            private final Iterator<String> gen;
            private final List<Integer> called;

            Wrapper(Iterator<String> gen, List<Integer> called) {
                this.gen = gen;
                this.called = called;
            }

            @Override
            public boolean hasNext() {
                return gen.hasNext();
            }

            @Override
            public String next() {
                return gen.next();
            }

            @Override
            public void close() {
                called.add(42);
            }
        }

        // Flask: tests/test_helpers.py::TestStreaming::test_streaming_with_context_and_custom_close
        @Test
        void streamingWithContextAndCustomClose() {
            List<Integer> called = new ArrayList<>();
            app.route("/", "index", args -> new Response(streamWithContext(new Wrapper(generate(), called))));
            assertThat(client.get("/?name=World").text()).isEqualTo("Hello World!");
            assertThat(called).containsExactly(42);
        }

        // Flask: tests/test_helpers.py::TestStreaming::test_stream_keeps_session
        @Test
        void streamKeepsSession() {
            app.route("/", "index", args -> {
                session().put("test", "flask");
                return new Response(streamWithContext(() -> List.of(String.valueOf(session().get("test"))).iterator()));
            });
            assertThat(client.get("/").text()).isEqualTo("flask");
        }

        // Flask: tests/test_helpers.py::TestStreaming::test_async_view
        @Test
        void asyncView() {
            app.route("/stream", "stream", args -> (java.util.concurrent.Callable<Object>) () -> {
                session().put("test", "flask");
                return new Response(streamWithContext(() -> List.of(String.valueOf(session().get("test"))).iterator()));
            });
            client.get("/stream").close();
            assertThat(client.get("/stream").text()).isEqualTo("flask");
            try (FlaskClient c = app.testClient().preserveContext()) {
                c.get("/stream").close();
            }
            try (FlaskClient c = app.testClient().preserveContext()) {
                assertThat(c.get("/stream").text()).isEqualTo("flask");
            }
        }
    }

    // Flask: tests/test_helpers.py::TestHelpers::test_get_debug_flag
    @ParameterizedTest
    @CsvSource({"'',false", "0,false", "False,false", "No,false", "True,true"})
    void getDebugFlag(String debug, boolean expect) {
        assertThat(Flask.debugFlag(debug)).isEqualTo(expect);
    }

    // Flask: tests/test_helpers.py::TestHelpers::test_make_response
    @Test
    void makeResponseWithAndWithoutBody() {
        Flask plain = new Flask("flask_test");
        try (var ctx = plain.testRequestContext("/")) {
            Response rv = makeResponse();
            assertThat(rv.statusCode()).isEqualTo(200);
            assertThat(rv.mimetype()).isEqualTo("text/html");
            rv = makeResponse("Hello");
            assertThat(rv.statusCode()).isEqualTo(200);
            assertThat(rv.text()).isEqualTo("Hello");
            assertThat(rv.mimetype()).isEqualTo("text/html");
        }
    }

    // Flask: tests/test_helpers.py::test_open_resource
    @ParameterizedTest
    @ValueSource(strings = {"r", "rb", "rt"})
    void openResource(String mode) throws Exception {
        Flask served = StaticFilesTests.app(AppOptions.builder());
        try (Closeable f = served.openResource("static/index.html", mode)) {
            assertThat(readAll(f)).contains("<h1>Hello World!</h1>");
        }
    }

    @Test
    void openResourceWithoutAModeReadsBytesOrTextInAnEncoding() throws Exception {
        Flask served = StaticFilesTests.app(AppOptions.builder());
        try (InputStream in = served.openResource("static/index.html")) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).contains("<h1>Hello World!</h1>");
        }
        try (Reader in = served.openResource("static/index.html", StandardCharsets.UTF_8)) {
            assertThat(readAll(in)).contains("<h1>Hello World!</h1>");
        }
    }

    /** What a stream or reader holds, as text. */
    private static String readAll(Closeable f) throws IOException {
        if (f instanceof InputStream in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        StringWriter out = new StringWriter();
        ((Reader) f).transferTo(out);
        return out.toString();
    }

    // Flask: tests/test_helpers.py::test_open_resource_exceptions
    @ParameterizedTest
    @ValueSource(strings = {"w", "x", "a", "r+"})
    void openResourceExceptions(String mode) throws Exception {
        Flask served = StaticFilesTests.app(AppOptions.builder());
        assertThatThrownBy(() -> served.openResource("static/index.html", mode))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Resources can only be opened for reading.");
    }

    // Flask: tests/test_helpers.py::test_open_resource_with_encoding
    @ParameterizedTest
    @ValueSource(strings = {"utf-8", "utf-16le"})
    void openResourceWithEncoding(String encoding, @TempDir Path tmp) throws Exception {
        Files.writeString(tmp.resolve("test"), "test", Charset.forName(encoding));
        Flask rooted = new Flask("flask_test", AppOptions.builder().rootPath(tmp.toString()).build());
        try (Reader f = rooted.openResource("test", "rt", Charset.forName(encoding))) {
            assertThat(readAll(f)).isEqualTo("test");
        }
    }

    private static Flask withInstance(Path instance) {
        return new Flask("flask_test", AppOptions.builder().instancePath(instance.toString()).build());
    }

    @Test
    void instanceResourcesCanBeWrittenAndReadBackAsTextOrBytes(@TempDir Path instance) throws Exception {
        Flask app = withInstance(instance);
        try (Writer f = app.openInstanceResource("app.cfg", "w")) {
            f.write("SECRET_KEY = 'é'\n");
        }
        try (Reader f = app.openInstanceResource("app.cfg", "r")) {
            assertThat(readAll(f)).isEqualTo("SECRET_KEY = 'é'\n");
        }
        try (OutputStream f = app.openInstanceResource("data.bin", "wb")) {
            f.write(new byte[] {1, 2, 3});
        }
        try (InputStream f = app.openInstanceResource("data.bin", "rb")) {
            assertThat(f.readAllBytes()).containsExactly(1, 2, 3);
        }
        assertThat(Files.readAllBytes(instance.resolve("data.bin"))).containsExactly(1, 2, 3);
    }

    @Test
    void instanceResourcesAppendWithAAndAreCreatedOnlyOnceWithX(@TempDir Path instance) throws Exception {
        Flask app = withInstance(instance);
        try (Writer f = app.openInstanceResource("log.txt", "x")) {
            f.write("one\n");
        }
        try (Writer f = app.openInstanceResource("log.txt", "a", StandardCharsets.UTF_16LE)) {
            f.write("two");
        }
        byte[] all = Files.readAllBytes(instance.resolve("log.txt"));
        assertThat(new String(all, 0, 4, StandardCharsets.UTF_8)).isEqualTo("one\n");
        assertThat(new String(all, 4, all.length - 4, StandardCharsets.UTF_16LE)).isEqualTo("two");
        assertThatThrownBy(() -> app.openInstanceResource("log.txt", "x")).isInstanceOf(FileAlreadyExistsException.class);
        try (Writer f = app.openInstanceResource("log.txt", "w")) {
            f.write("fresh");
        }
        assertThat(Files.readString(instance.resolve("log.txt"))).isEqualTo("fresh");
    }

    @ParameterizedTest
    @ValueSource(strings = {"r+", "w+b", "q", "rw", "rbt", "bb", ""})
    void instanceResourceModesThatPythonRefusesOrThatReadAndWriteAreRefused(String mode, @TempDir Path instance) {
        assertThatThrownBy(() -> withInstance(instance).openInstanceResource("x", mode))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void stringsAndSetsAreNotAsyncValues() {
        assertThat(AsyncValues.isAsync("x")).isFalse();
        assertThat(AsyncValues.isAsync(Set.of())).isFalse();
    }
}
