package dev.flaskspring.wrappers;

import static dev.flaskspring.Globals.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flaskspring.Flask;
import dev.flaskspring.NoLeakedContexts;
import dev.flaskspring.TestApps;
import dev.flaskspring.exceptions.RequestedRangeNotSatisfiable;
import dev.flaskspring.testing.TestRequest;
import dev.flaskspring.testing.TestResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The request's typed headers and conditional responses; ported from Werkzeug 3.1.8's
 * {@code tests/test_wrappers.py}. Werkzeug's {@code Response.from_app(response, environ)} ("as the server
 * sends it") is {@link #fromApp}: the response returned by a view and read back by the test client.
 * <p>Of the file, only the tests of what this change adds are here. Partly ported, the rest being
 * outside it: {@code test_common_request_descriptors} (no {@code date}, {@code max_forwards},
 * {@code pragma}, {@code content_encoding}, {@code content_md5}); {@code test_common_response_descriptors}
 * ({@code expires} only, {@code last_modified} alongside); {@code test_204_and_1XX_response_has_no_content_length}
 * (an in-memory body here always has its {@code Content-Length}; what is sent has none). Not ported:
 * {@code test_etag_response_freezing} ({@code freeze} is not part of this API).
 */
@ExtendWith(NoLeakedContexts.class)
class WrappersTests {

    final Flask app = TestApps.flask();

    private static final String HELLO_WORLD_ETAG = "0a4d55a8d778e5022fab701977c5d840bbc486d0";

    /** Runs {@code check} in a request context for {@code request}. */
    private void with(TestRequest request, Consumer<Request> check) {
        try (var ctx = app.testRequestContext(request)) {
            check.accept(request());
        }
    }

    /** Werkzeug's {@code Response.from_app}: {@code rv} as the server sends it for {@code request}. */
    private static TestResponse fromApp(Response rv, TestRequest request) {
        Flask sender = TestApps.flask();
        sender.route("/", "send", Set.of("GET", "POST"), args -> rv);
        return sender.testClient().open(request);
    }

    private static Instant utc(int year, int month, int day, int hour, int minute, int second) {
        return LocalDateTime.of(year, month, day, hour, minute, second).toInstant(ZoneOffset.UTC);
    }

    private static List<Accept.Entry> entries(Object... valuesAndQualities) {
        List<Accept.Entry> out = new ArrayList<>();
        for (int i = 0; i < valuesAndQualities.length; i += 2) {
            out.add(new Accept.Entry((String) valuesAndQualities[i], ((Number) valuesAndQualities[i + 1]).doubleValue()));
        }
        return out;
    }

    // Werkzeug: tests/test_wrappers.py::test_authorization
    @Test
    void authorization() {
        with(TestRequest.get("/").header("Authorization", "Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ=="), request -> {
            Authorization a = request.authorization();
            assertThat(a.type()).isEqualTo("basic");
            assertThat(a.username()).isEqualTo("Aladdin");
            assertThat(a.password()).isEqualTo("open sesame");
        });
    }

    // Werkzeug: tests/test_wrappers.py::test_authorization_with_unicode
    @Test
    void authorizationWithUnicode() {
        with(TestRequest.get("/").header("Authorization", "Basic 0YDRg9GB0YHQutC40IE60JHRg9C60LLRiw=="), request -> {
            Authorization a = request.authorization();
            assertThat(a.type()).isEqualTo("basic");
            assertThat(a.username()).isEqualTo("русскиЁ");
            assertThat(a.password()).isEqualTo("Буквы");
        });
    }

    // Werkzeug: tests/test_wrappers.py::test_accept
    @Test
    void accept() {
        TestRequest sent = TestRequest.get("/")
                .header("Accept", "text/xml,application/xml,application/xhtml+xml,"
                        + "text/html;q=0.9,text/plain;q=0.8,image/png,*/*;q=0.5")
                .header("Accept-Charset", "ISO-8859-1,utf-8;q=0.7,*;q=0.7")
                .header("Accept-Encoding", "gzip,deflate")
                .header("Accept-Language", "en-us,en;q=0.5");
        with(sent, request -> {
            assertThat(request.acceptMimetypes()).isEqualTo(new MIMEAccept(entries("text/xml", 1, "application/xml", 1,
                    "application/xhtml+xml", 1, "image/png", 1, "text/html", 0.9, "text/plain", 0.8, "*/*", 0.5)));
            assertThat(request.acceptCharsets())
                    .isEqualTo(new CharsetAccept(entries("ISO-8859-1", 1, "utf-8", 0.7, "*", 0.7)));
            assertThat(request.acceptEncodings()).isEqualTo(new Accept(entries("gzip", 1, "deflate", 1)));
            assertThat(request.acceptLanguages()).isEqualTo(new LanguageAccept(entries("en-us", 1, "en", 0.5)));
        });
        with(TestRequest.get("/").header("Accept", ""), request -> {
            assertThat(request.acceptMimetypes()).isEqualTo(new MIMEAccept());
            assertThat(request.acceptMimetypes().isProvided()).isFalse();
        });
    }

    // Werkzeug: tests/test_wrappers.py::test_etag_request
    @Test
    void etagRequest() {
        TestRequest sent = TestRequest.get("/")
                .header("Cache-Control", "no-store, no-cache")
                .header("If-Match", "W/\"foo\", bar, \"baz\"")
                .header("If-None-Match", "W/\"foo\", bar, \"baz\"")
                .header("If-Modified-Since", "Tue, 22 Jan 2008 11:18:44 GMT")
                .header("If-Unmodified-Since", "Tue, 22 Jan 2008 11:18:44 GMT");
        with(sent, request -> {
            assertThat(request.cacheControl().noStore()).isTrue();
            assertThat(request.cacheControl().noCache()).isTrue();
            for (ETags etags : List.of(request.ifMatch(), request.ifNoneMatch())) {
                // Werkzeug's etags("bar") is the strong check
                assertThat(etags.isStrong("bar")).isTrue();
                assertThat(etags.containsRaw("W/\"foo\"")).isTrue();
                assertThat(etags.containsWeak("foo")).isTrue();
                assertThat(etags.contains("foo")).isFalse();
            }
            Instant dt = utc(2008, 1, 22, 11, 18, 44);
            assertThat(request.ifModifiedSince()).isEqualTo(dt);
            assertThat(request.ifUnmodifiedSince()).isEqualTo(dt);
        });
    }

    // Werkzeug: tests/test_wrappers.py::test_etag_response
    @Test
    void etagResponse() {
        Response response = new Response("Hello World");
        assertThat(response.getEtag()).isNull();
        response.addEtag();
        assertThat(response.getEtag()).isEqualTo(new ETag(HELLO_WORLD_ETAG, false));
        assertThat(response.cacheControl().isEmpty()).isTrue();
        response.cacheControl().setMustRevalidate(true);
        response.cacheControl().setMaxAge(60);
        response.headers().set("Content-Length", Integer.toString(response.getData().length));
        assertThat(response.headers().get("Cache-Control")).isIn("must-revalidate, max-age=60",
                "max-age=60, must-revalidate");

        assertThat(response.headers().containsKey("date")).isFalse();
        TestRequest env = TestRequest.get("/").header("If-None-Match", response.getEtag().value());
        with(env, request -> response.makeConditional(request));
        assertThat(response.headers().containsKey("date")).isTrue();

        // after the thing is invoked by the server as wsgi application there must not be any entity
        // headers left and the status code would have to be 304
        TestResponse resp = fromApp(response, env);
        assertThat(resp.statusCode()).isEqualTo(304);
        assertThat(resp.headers().containsKey("content-length")).isFalse();

        // make sure date is not overridden
        Response dated = new Response("Hello World");
        dated.headers().set("Date", HttpDates.format(java.time.Instant.ofEpochSecond(1337)));
        with(env, dated::makeConditional);
        assertThat(dated.headers().get("Date")).isEqualTo(HttpDates.format(java.time.Instant.ofEpochSecond(1337)));

        // make sure content length is only set if missing
        Response sized = new Response("Hello World");
        sized.headers().set("Content-Length", "999");
        with(env, sized::makeConditional);
        assertThat(sized.contentLength()).isEqualTo(999);
    }

    // Werkzeug: tests/test_wrappers.py::test_etag_response_412
    @Test
    void etagResponse412() {
        Response response = new Response("Hello World");
        assertThat(response.getEtag()).isNull();
        response.addEtag();
        assertThat(response.getEtag()).isEqualTo(new ETag(HELLO_WORLD_ETAG, false));
        assertThat(response.cacheControl().isEmpty()).isTrue();
        response.cacheControl().setMustRevalidate(true);
        response.cacheControl().setMaxAge(60);
        response.headers().set("Content-Length", Integer.toString(response.getData().length));
        assertThat(response.headers().get("Cache-Control")).isIn("must-revalidate, max-age=60",
                "max-age=60, must-revalidate");

        assertThat(response.headers().containsKey("date")).isFalse();
        TestRequest env = TestRequest.get("/").header("If-Match", response.getEtag().value() + "xyz");
        with(env, request -> response.makeConditional(request));
        assertThat(response.headers().containsKey("date")).isTrue();

        // the status code is 412, and there is a body still
        TestResponse resp = fromApp(response, env);
        assertThat(resp.statusCode()).isEqualTo(412);
        assertThat(resp.data()).isNotEmpty();

        // make sure date is not overridden
        Response dated = new Response("Hello World");
        dated.headers().set("Date", HttpDates.format(java.time.Instant.ofEpochSecond(1337)));
        with(env, dated::makeConditional);
        assertThat(dated.headers().get("Date")).isEqualTo(HttpDates.format(java.time.Instant.ofEpochSecond(1337)));

        // make sure content length is only set if missing
        Response sized = new Response("Hello World");
        sized.headers().set("Content-Length", "999");
        with(env, sized::makeConditional);
        assertThat(sized.contentLength()).isEqualTo(999);
    }

    // Werkzeug: tests/test_wrappers.py::test_advertise_accept_ranges
    @Test
    void advertiseAcceptRanges() {
        Response response = new Response();
        with(TestRequest.get("/"), request -> response.makeConditional(request, true, null));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().get("Accept-Ranges")).isEqualTo("bytes");
        assertThat(response.headers().containsKey("Content-Range")).isFalse();
    }

    // Werkzeug: tests/test_wrappers.py::test_range_request_basic
    @Test
    void rangeRequestBasic() {
        Response response = new Response("Hello World");
        with(TestRequest.get("/").header("Range", "bytes=0-4"), request -> response.makeConditional(request, true, 11L));
        assertThat(response.statusCode()).isEqualTo(206);
        assertThat(response.headers().get("Accept-Ranges")).isEqualTo("bytes");
        assertThat(response.headers().get("Content-Range")).isEqualTo("bytes 0-4/11");
        assertThat(response.headers().get("Content-Length")).isEqualTo("5");
        assertThat(response.text()).isEqualTo("Hello");
    }

    // Werkzeug: tests/test_wrappers.py::test_range_request_out_of_bound
    @Test
    void rangeRequestOutOfBound() {
        Response response = new Response("Hello World");
        with(TestRequest.get("/").header("Range", "bytes=6-666"), request -> response.makeConditional(request, true, 11L));
        assertThat(response.statusCode()).isEqualTo(206);
        assertThat(response.headers().get("Accept-Ranges")).isEqualTo("bytes");
        assertThat(response.headers().get("Content-Range")).isEqualTo("bytes 6-10/11");
        assertThat(response.headers().get("Content-Length")).isEqualTo("5");
        assertThat(response.text()).isEqualTo("World");
    }

    // Werkzeug: tests/test_wrappers.py::test_range_request_with_file
    @Test
    void rangeRequestWithFile(@TempDir Path tmp) throws Exception {
        Path fname = Files.writeString(tmp.resolve("test.txt"), "FOUND\n");
        byte[] fcontent = Files.readAllBytes(fname);
        Response response = new Response(new FileWrapper(() -> Files.newInputStream(fname)));
        with(TestRequest.get("/").header("Range", "bytes=0-0"),
                request -> response.makeConditional(request, true, (long) fcontent.length));
        assertThat(response.statusCode()).isEqualTo(206);
        assertThat(response.headers().get("Accept-Ranges")).isEqualTo("bytes");
        assertThat(response.headers().get("Content-Range")).isEqualTo("bytes 0-0/" + fcontent.length);
        assertThat(response.headers().get("Content-Length")).isEqualTo("1");
        assertThat(response.getData()).isEqualTo(new byte[] {fcontent[0]});
    }

    // Werkzeug: tests/test_wrappers.py::test_range_request_with_complete_file
    @Test
    void rangeRequestWithCompleteFile(@TempDir Path tmp) throws Exception {
        Path fname = Files.writeString(tmp.resolve("test.txt"), "FOUND\n");
        byte[] fcontent = Files.readAllBytes(fname);
        long fsize = Files.size(fname);
        Response response = new Response(new FileWrapper(() -> Files.newInputStream(fname)));
        with(TestRequest.get("/").header("Range", "bytes=0-" + (fsize - 1)),
                request -> response.makeConditional(request, true, fsize));
        assertThat(response.statusCode()).isEqualTo(206);
        assertThat(response.headers().get("Accept-Ranges")).isEqualTo("bytes");
        assertThat(response.headers().get("Content-Range")).isEqualTo("bytes 0-" + (fsize - 1) + "/" + fsize);
        assertThat(response.headers().get("Content-Length")).isEqualTo(Long.toString(fsize));
        assertThat(response.getData()).isEqualTo(fcontent);
    }

    // Werkzeug: tests/test_wrappers.py::test_range_request_without_complete_length
    @ParameterizedTest
    @NullSource
    @ValueSource(longs = 0)
    void rangeRequestWithoutCompleteLength(Long value) {
        Response response = new Response("Hello World");
        with(TestRequest.get("/").header("Range", "bytes=0-10"), request -> response.makeConditional(request, true, value));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.text()).isEqualTo("Hello World");
    }

    // Werkzeug: tests/test_wrappers.py::test_invalid_range_request
    @Test
    void invalidRangeRequest() {
        Response response = new Response("Hello World");
        with(TestRequest.get("/").header("Range", "bytes=-"), request ->
                assertThatThrownBy(() -> response.makeConditional(request, true, 11L))
                        .isInstanceOf(RequestedRangeNotSatisfiable.class));
    }

    // Werkzeug: tests/test_wrappers.py::test_response_304_no_content_length
    @Test
    void response304NoContentLength() {
        Response resp = new Response("Test", 304);
        assertThat(resp.headersToSend().containsKey("content-length")).isFalse();
    }

    // Werkzeug: tests/test_wrappers.py::test_ranges
    @Test
    void ranges() {
        // basic range stuff
        with(TestRequest.get("/"), request -> assertThat(request.range()).isNull());
        with(TestRequest.get("/").header("Range", "bytes=0-499"), request -> {
            assertThat(request.range().ranges()).containsExactly(new Range.Span(0, 500L));

            Response resp = new Response();
            resp.setContentRange(request.range().makeContentRange(1000L));
            assertThat(resp.contentRange().units()).isEqualTo("bytes");
            assertThat(resp.contentRange().start()).isEqualTo(0);
            assertThat(resp.contentRange().stop()).isEqualTo(500);
            assertThat(resp.contentRange().length()).isEqualTo(1000);
            assertThat(resp.headers().get("Content-Range")).isEqualTo("bytes 0-499/1000");

            resp.setContentRange(null);
            assertThat(resp.headers().containsKey("Content-Range")).isFalse();

            resp.headers().set("Content-Range", "bytes 0-499/1000");
            assertThat(resp.contentRange().units()).isEqualTo("bytes");
            assertThat(resp.contentRange().start()).isEqualTo(0);
            assertThat(resp.contentRange().stop()).isEqualTo(500);
            assertThat(resp.contentRange().length()).isEqualTo(1000);
        });
    }

    // Werkzeug: tests/test_wrappers.py::test_204_and_1XX_response_has_no_content_length
    @Test
    void response204And1xxResponseHasNoContentLength() {
        assertThat(new Response(null, 204).headersToSend().containsKey("Content-Length")).isFalse();
        assertThat(new Response(null, 100).headersToSend().containsKey("Content-Length")).isFalse();
    }

    // Werkzeug: tests/test_wrappers.py::test_malformed_204_response_has_no_content_length
    @Test
    void malformed204ResponseHasNoContentLength() {
        Response response = new Response(null, 204);
        response.setData("test".getBytes(StandardCharsets.UTF_8));
        assertThat(response.contentLength()).isEqualTo(4);

        TestResponse sent = fromApp(response, TestRequest.get("/"));
        assertThat(sent.status()).isEqualTo("204 NO CONTENT");
        assertThat(sent.headers().containsKey("Content-Length")).isFalse();
        assertThat(sent.data()).isEmpty();
    }

    // Werkzeug: tests/test_wrappers.py::test_common_request_descriptors
    @Test
    void commonRequestDescriptors() {
        TestRequest sent = TestRequest.post("/").contentType("text/html; charset=utf-8").data("x".repeat(23))
                .header("Referer", "http://www.example.com/");
        with(sent, request -> {
            assertThat(request.contentType()).isEqualTo("text/html; charset=utf-8");
            assertThat(request.mimetype()).isEqualTo("text/html");
            assertThat(request.mimetypeParams()).isEqualTo(Map.of("charset", "utf-8"));
            assertThat(request.contentLength()).isEqualTo(23);
            assertThat(request.referrer()).isEqualTo("http://www.example.com/");
        });
    }

    // Werkzeug: tests/test_wrappers.py::test_common_response_descriptors
    @Test
    void commonResponseDescriptors() {
        Response response = new Response();
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        assertThat(response.expires()).isNull();
        response.setExpires(now);
        assertThat(response.expires()).isEqualTo(now);
        assertThat(response.lastModified()).isNull();
        response.setLastModified(now);
        assertThat(response.lastModified()).isEqualTo(now);
    }

    // Werkzeug: tests/test_wrappers.py::test_base_response (its set and delete cookie parts)
    @Test
    void baseResponse() {
        Response response = new Response();
        response.setCookie("foo", "bar", CookieOptions.builder().maxAge(60).expires(Instant.EPOCH).path("/blub")
                .domain("example.org").sameSite("Strict").build());
        assertThat(response.headers().getAll("Set-Cookie")).containsExactly("foo=bar; Domain=example.org;"
                + " Expires=Thu, 01 Jan 1970 00:00:00 GMT; Max-Age=60; Path=/blub; SameSite=Strict");

        response = new Response();
        response.deleteCookie("foo");
        assertThat(response.headers().getAll("Set-Cookie"))
                .containsExactly("foo=; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Max-Age=0; Path=/");
    }

    @Test
    void aDeletedCookieIsForgottenByTheClient() {
        app.route("/set", "set", args -> {
            Response rv = new Response("set");
            rv.setCookie("foo", "bar", CookieOptions.builder().path("/").httpOnly(true).build());
            return rv;
        });
        app.route("/delete", "delete", args -> {
            Response rv = new Response("deleted");
            rv.deleteCookie("foo", CookieOptions.builder().httpOnly(true).build());
            return rv;
        });
        app.route("/", "read", args -> String.valueOf(request().cookies().get("foo")));
        var client = app.testClient();
        client.get("/set");
        assertThat(client.get("/").text()).isEqualTo("bar");
        client.get("/delete");
        assertThat(client.get("/").text()).isEqualTo("null");
        assertThat(client.getCookie("foo")).isNull();
    }
}
