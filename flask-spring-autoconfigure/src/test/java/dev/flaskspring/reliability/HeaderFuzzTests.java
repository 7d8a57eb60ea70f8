package dev.flaskspring.reliability;

import static dev.flaskspring.Globals.request;
import static org.assertj.core.api.Assertions.assertThat;

import dev.flaskspring.Flask;
import dev.flaskspring.TestApps;
import dev.flaskspring.exceptions.RequestedRangeNotSatisfiable;
import dev.flaskspring.testing.TestRequest;
import dev.flaskspring.wrappers.Request;
import dev.flaskspring.wrappers.Response;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Generated request headers (5,000 sets of {@code Accept*}, {@code Authorization}, {@code If-*},
 * {@code Range}, {@code Cache-Control}, {@code Referer}, {@code Origin}): every typed header reads
 * without an error and {@code make_conditional} answers 200, 206, 304 or 412, or refuses the range with
 * 416. ({@code Content-Type} is left out: the test client's servlet mock refuses some values itself;
 * its parameters are covered by {@code HttpVectorTests}.)
 * <p>The seed is fixed; {@code -Dfuzz.seed=random} (or a number) explores, and the seed is in every
 * assertion message.
 */
class HeaderFuzzTests {

    private static final int CASES = 5_000;
    private static final List<String> NAMES = List.of("Accept", "Accept-Charset", "Accept-Encoding", "Accept-Language",
            "Authorization", "If-Modified-Since", "If-Unmodified-Since", "If-None-Match", "If-Match", "If-Range",
            "Range", "Cache-Control", "Referer", "Origin");
    private static final String[] PIECES = {"text/html", "*/*", "*", ";q=", "0.5", "1", "-1", ";", ",", " ", "=", "\"",
        "\\", "/", "W/", "\"abc\"", "bytes=", "0-", "-5", "5-1", "99999999999999999999999", "Basic ", "Bearer ",
        "Digest ", "QWxh", "==", "%", "%C2", "*0*=", "UTF-8''", "é", "中", "\u00a0", "\t", "max-age=", "no-cache",
        "Sun, 06 Nov 1994 08:49:37 GMT", "+2400", "Nov", "1_0", "\ud83d\udc0d", "CON", ":", "utf8", "en-US", "_"};

    private static long seed() {
        String value = System.getProperty("fuzz.seed");
        if (value == null) {
            return 20_018L;
        }
        return value.equals("random") ? System.nanoTime() : Long.parseLong(value);
    }

    private static String value(Random random) {
        StringBuilder out = new StringBuilder();
        int n = random.nextInt(8);
        for (int i = 0; i < n; i++) {
            out.append(PIECES[random.nextInt(PIECES.length)]);
        }
        return out.toString();
    }

    @Test
    void typedHeadersAndConditionalResponsesNeverFail() {
        long seed = seed();
        Random random = new Random(seed);
        Flask app = TestApps.flask();
        for (int i = 0; i < CASES; i++) {
            TestRequest sent = TestRequest.get("/");
            StringBuilder sentHeaders = new StringBuilder();
            int headers = 1 + random.nextInt(4);
            for (int h = 0; h < headers; h++) {
                String name = NAMES.get(random.nextInt(NAMES.size()));
                String value = value(random);
                sent.header(name, value);
                sentHeaders.append(name).append(": ").append(value).append('\n');
            }
            String described = "seed " + seed + ", case " + i + "\n" + sentHeaders;
            try (var ctx = app.testRequestContext(sent)) {
                Request r = request();
                r.acceptMimetypes().bestMatch("text/html", "application/json");
                r.acceptCharsets().bestMatch("utf-8");
                r.acceptEncodings().bestMatch("gzip");
                r.acceptLanguages().bestMatch("en", "de-AT");
                r.authorization();
                r.ifModifiedSince();
                r.ifUnmodifiedSince();
                r.ifNoneMatch().containsWeak("abc");
                r.ifMatch().contains("abc");
                r.range();
                r.cacheControl().maxAge();
                r.mimetypeParams();
                r.referrer();
                r.origin();
                Response rv = new Response("Hello World");
                rv.setEtag("abc");
                rv.headers().set("Last-Modified", "Sun, 06 Nov 1994 08:49:37 GMT");
                try {
                    rv.makeConditional(r, true, 11L);
                } catch (RequestedRangeNotSatisfiable e) {
                    continue;
                }
                assertThat(rv.statusCode()).as(described).isIn(200, 206, 304, 412);
            } catch (RuntimeException e) {
                throw new AssertionError(described, e);
            }
        }
    }
}
