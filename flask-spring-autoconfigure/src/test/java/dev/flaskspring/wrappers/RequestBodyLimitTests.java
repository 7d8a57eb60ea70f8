package dev.flaskspring.wrappers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flaskspring.exceptions.RequestEntityTooLarge;
import dev.flaskspring.json.JsonProvider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.DelegatingServletInputStream;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockPart;

/**
 * Request bodies are bounded before they are read, in Werkzeug's order: a declared length over a limit is
 * refused with 413 without reading a byte, a chunked body is read no further than the limit, and
 * {@code stream()} is limited by {@code MAX_CONTENT_LENGTH}; ported from Werkzeug's
 * {@code tests/test_formparser.py}, plus the cases it has no test for.
 */
class RequestBodyLimitTests {

    /** Flask's defaults: no {@code MAX_CONTENT_LENGTH}, 500,000 bytes per form field, 1,000 parts. */
    record Limits(Long maxContentLength, Long maxFormMemorySize, Integer maxFormParts) implements Request.Settings {
        @Override
        public JsonProvider json() {
            return null;
        }

        @Override
        public boolean debug() {
            return false;
        }
    }

    private static final Limits FLASK_DEFAULTS = new Limits(null, 500_000L, 1_000);

    /** A body of {@code length} bytes (or endless when negative), counting the bytes read from it. */
    static final class CountingBody extends InputStream {
        private final long length;
        long read;

        CountingBody(long length) {
            this.length = length;
        }

        @Override
        public int read() {
            if (length >= 0 && read >= length) {
                return -1;
            }
            read++;
            return 'a';
        }

        @Override
        public int read(byte[] b, int off, int len) {
            int n = 0;
            for (int c; n < len && (c = read()) >= 0; n++) {
                b[off + n] = (byte) c;
            }
            return n == 0 && len > 0 ? -1 : n;
        }
    }

    /** A POST of {@code contentType} whose {@code Content-Length} is {@code declared} (null: chunked). */
    private static MockHttpServletRequest post(String contentType, Long declared, InputStream body) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/") {
            @Override
            public long getContentLengthLong() {
                return declared == null ? -1 : declared;
            }

            @Override
            public int getContentLength() {
                return declared == null || declared > Integer.MAX_VALUE ? -1 : declared.intValue();
            }

            @Override
            public jakarta.servlet.ServletInputStream getInputStream() {
                return new DelegatingServletInputStream(body);
            }
        };
        request.setContentType(contentType);
        return request;
    }

    private static Request urlencoded(byte[] data, Long declared) {
        return new Request(post("application/x-www-form-urlencoded", declared, new ByteArrayInputStream(data)),
                FLASK_DEFAULTS);
    }

    // Werkzeug: tests/test_formparser.py::TestFormParser::test_limiting
    @Test
    void testLimiting() throws IOException {
        byte[] data = "foo=Hello+World&bar=baz".getBytes(StandardCharsets.US_ASCII);
        Request req = urlencoded(data, (long) data.length);
        req.setMaxContentLength(400L);
        assertThat(req.form().get("foo")).isEqualTo("Hello World");

        Request small = urlencoded(data, (long) data.length);
        small.setMaxFormMemorySize(7L);
        assertThatThrownBy(() -> small.form().get("foo")).isInstanceOf(RequestEntityTooLarge.class);

        req = urlencoded(data, (long) data.length);
        req.setMaxFormMemorySize(400L);
        assertThat(req.form().get("foo")).isEqualTo("Hello World");

        ByteArrayInputStream inputStream = new ByteArrayInputStream("foo=123456".getBytes(StandardCharsets.US_ASCII));
        Request tooLong = new Request(post("application/x-www-form-urlencoded", 10L, inputStream), FLASK_DEFAULTS);
        tooLong.setMaxContentLength(4L);
        assertThatThrownBy(() -> tooLong.form().get("foo")).isInstanceOf(RequestEntityTooLarge.class);
        // content-length was set, so the request could exit early without reading anything
        assertThat(new String(inputStream.readAllBytes(), StandardCharsets.US_ASCII)).isEqualTo("foo=123456");

        assertThat(multipart(r -> r.setMaxContentLength(400L)).form().get("foo")).isEqualTo("Hello World");
        assertThatThrownBy(() -> multipart(r -> r.setMaxFormMemorySize(7L)).form().get("foo"))
                .isInstanceOf(RequestEntityTooLarge.class);
        assertThat(multipart(r -> r.setMaxFormMemorySize(400L)).form().get("foo")).isEqualTo("Hello World");
        assertThatThrownBy(() -> multipart(r -> r.setMaxFormParts(1)).form().get("foo"))
                .isInstanceOf(RequestEntityTooLarge.class);
    }

    /** Werkzeug's two-field multipart body ({@code foo}, {@code bar}), as the container hands over its parts. */
    private static Request multipart(java.util.function.Consumer<Request> limits) {
        MockHttpServletRequest servlet = post("multipart/form-data; boundary=foo", 136L, InputStream.nullInputStream());
        servlet.addPart(new MockPart("foo", "Hello World".getBytes(StandardCharsets.US_ASCII)));
        servlet.addPart(new MockPart("bar", "bar=baz".getBytes(StandardCharsets.US_ASCII)));
        Request request = new Request(servlet, FLASK_DEFAULTS);
        limits.accept(request);
        return request;
    }

    @Test
    void aDeclaredUrlencodedLengthOverMaxFormMemorySizeIsRefusedBeforeAByteIsRead() {
        CountingBody body = new CountingBody(-1);
        Request request = new Request(post("application/x-www-form-urlencoded", 1_500_000_000L, body), FLASK_DEFAULTS);
        assertThatThrownBy(request::form).isInstanceOf(RequestEntityTooLarge.class);
        assertThat(body.read).isZero();
    }

    @Test
    void aChunkedUrlencodedBodyIsReadNoFurtherThanMaxFormMemorySize() {
        CountingBody endless = new CountingBody(-1);
        Request request = new Request(post("application/x-www-form-urlencoded", null, endless), FLASK_DEFAULTS);
        assertThatThrownBy(request::form).isInstanceOf(RequestEntityTooLarge.class);
        assertThat(endless.read).isEqualTo(500_000 + 1);

        Request atTheLimit = new Request(post("application/x-www-form-urlencoded", null, new CountingBody(500_000)),
                FLASK_DEFAULTS);
        assertThat(atTheLimit.form().get("a".repeat(500_000))).isEmpty();
    }

    @Test
    void theStreamRefusesADeclaredLengthOverMaxContentLengthBeforeReading() {
        CountingBody body = new CountingBody(11);
        Request request = new Request(post("application/octet-stream", 11L, body), new Limits(10L, null, null));
        assertThatThrownBy(request::stream).isInstanceOf(RequestEntityTooLarge.class);
        assertThat(body.read).isZero();
    }

    @Test
    void theStreamOfAChunkedBodyIsReadUpToMaxContentLengthThen413() throws IOException {
        Limits limits = new Limits(10L, null, null);
        InputStream exact = new Request(post("application/octet-stream", null, new CountingBody(10)), limits).stream();
        assertThat(exact.readAllBytes()).hasSize(10);

        CountingBody longer = new CountingBody(20);
        InputStream stream = new Request(post("application/octet-stream", null, longer), limits).stream();
        assertThat(stream.readNBytes(10)).hasSize(10);
        assertThatThrownBy(stream::read).isInstanceOf(RequestEntityTooLarge.class);
        assertThat(longer.read).isEqualTo(11);

        InputStream unlimited = new Request(post("application/octet-stream", null, new CountingBody(20)),
                new Limits(null, null, null)).stream();
        assertThat(unlimited.readAllBytes()).hasSize(20);
    }
}
