package dev.flaskspring.wrappers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flaskspring.urls.Urls;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Conditional checks, ranges, dates and the module-level cases; ported from Werkzeug 3.1.8's
 * {@code tests/test_http.py} ({@code TestHTTPUtility::test_is_resource_modified*}, {@code TestRange},
 * {@code TestRegression} and the module's parametrized tests).
 * <p>{@code test_http_date}'s naive and {@code date} values are Java {@code Instant}s here (UTC, as
 * Werkzeug assumes for them).
 */
class HttpTests {

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static Instant utc(int year, int month, int day, int hour, int minute) {
        return LocalDateTime.of(year, month, day, hour, minute).toInstant(ZoneOffset.UTC);
    }

    // Werkzeug: tests/test_http.py::TestHTTPUtility::test_is_resource_modified
    @Test
    void isResourceModified() {
        // any method is allowed: with no conditional header, the resource counts as modified
        assertThat(Conditional.isResourceModified(null, null, null, null, null, "testing", null, null, true)).isTrue();
        // etagify from data
        assertThatThrownBy(() -> Conditional.isResourceModified(null, null, null, null, null, "23", bytes("42"), null,
                true)).isInstanceOf(IllegalArgumentException.class);
        String ifNoneMatch = Conditional.generateEtag(bytes("awesome"));
        assertThat(Conditional.isResourceModified(null, null, null, ifNoneMatch, null, null, bytes("awesome"), null,
                true)).isFalse();
        String ifModifiedSince = HttpDates.format(utc(2008, 1, 1, 12, 30));
        assertThat(Conditional.isResourceModified(null, null, ifModifiedSince, ifNoneMatch, null, null, null,
                utc(2008, 1, 1, 12, 0), true)).isFalse();
        assertThat(Conditional.isResourceModified(null, null, ifModifiedSince, ifNoneMatch, null, null, null,
                utc(2008, 1, 1, 13, 0), true)).isTrue();
    }

    // Werkzeug: tests/test_http.py::TestHTTPUtility::test_is_resource_modified_for_range_requests
    @Test
    void isResourceModifiedForRangeRequests() {
        String ifModifiedSince = HttpDates.format(utc(2008, 1, 1, 12, 30));
        String ifRange = Conditional.generateEtag(bytes("awesome_if_range"));
        // Range header not present, so If-Range should be ignored
        assertThat(Conditional.isResourceModified(null, ifRange, ifModifiedSince, null, null, null,
                bytes("not_the_same"), utc(2008, 1, 1, 12, 30), false)).isFalse();

        String range = "";
        assertThat(Conditional.isResourceModified(range, ifRange, ifModifiedSince, null, null, null,
                bytes("awesome_if_range"), null, false)).isFalse();
        assertThat(Conditional.isResourceModified(range, ifRange, ifModifiedSince, null, null, null,
                bytes("not_the_same"), null, false)).isTrue();

        ifRange = HttpDates.format(utc(2008, 1, 1, 13, 30));
        assertThat(Conditional.isResourceModified(range, ifRange, ifModifiedSince, null, null, null, null,
                utc(2008, 1, 1, 14, 0), false)).isTrue();
        assertThat(Conditional.isResourceModified(range, ifRange, ifModifiedSince, null, null, null, null,
                utc(2008, 1, 1, 13, 30), false)).isFalse();
        assertThat(Conditional.isResourceModified(range, ifRange, ifModifiedSince, null, null, null, null,
                utc(2008, 1, 1, 13, 30), true)).isTrue();
    }

    // Werkzeug: tests/test_http.py::TestRange::test_if_range_parsing
    @Test
    void ifRangeParsing() {
        IfRange rv = IfRange.parse("\"Test\"");
        assertThat(rv.etag()).isEqualTo("Test");
        assertThat(rv.date()).isNull();
        assertThat(rv.toHeader()).isEqualTo("\"Test\"");

        // weak information is dropped
        rv = IfRange.parse("W/\"Test\"");
        assertThat(rv.etag()).isEqualTo("Test");
        assertThat(rv.date()).isNull();
        assertThat(rv.toHeader()).isEqualTo("\"Test\"");

        // broken etags are supported too
        rv = IfRange.parse("bullshit");
        assertThat(rv.etag()).isEqualTo("bullshit");
        assertThat(rv.date()).isNull();
        assertThat(rv.toHeader()).isEqualTo("\"bullshit\"");

        rv = IfRange.parse("Thu, 01 Jan 1970 00:00:00 GMT");
        assertThat(rv.etag()).isNull();
        assertThat(rv.date()).isEqualTo(Instant.EPOCH);
        assertThat(rv.toHeader()).isEqualTo("Thu, 01 Jan 1970 00:00:00 GMT");

        for (String x : new String[] {"", null}) {
            rv = IfRange.parse(x);
            assertThat(rv.etag()).isNull();
            assertThat(rv.date()).isNull();
            assertThat(rv.toHeader()).isEmpty();
        }
    }

    // Werkzeug: tests/test_http.py::TestRange::test_range_parsing
    @Test
    void rangeParsing() {
        assertThat(Range.parse("bytes=52")).isNull();

        Range rv = Range.parse("bytes=52-");
        assertThat(rv.units()).isEqualTo("bytes");
        assertThat(rv.ranges()).containsExactly(new Range.Span(52, null));
        assertThat(rv.toHeader()).isEqualTo("bytes=52-");

        rv = Range.parse("bytes=52-99");
        assertThat(rv.units()).isEqualTo("bytes");
        assertThat(rv.ranges()).containsExactly(new Range.Span(52, 100L));
        assertThat(rv.toHeader()).isEqualTo("bytes=52-99");

        rv = Range.parse("bytes=52-99,-1000");
        assertThat(rv.units()).isEqualTo("bytes");
        assertThat(rv.ranges()).containsExactly(new Range.Span(52, 100L), new Range.Span(-1000, null));
        assertThat(rv.toHeader()).isEqualTo("bytes=52-99,-1000");

        rv = Range.parse("bytes = 1 - 100");
        assertThat(rv.units()).isEqualTo("bytes");
        assertThat(rv.ranges()).containsExactly(new Range.Span(1, 101L));
        assertThat(rv.toHeader()).isEqualTo("bytes=1-100");

        rv = Range.parse("AWesomes=0-999");
        assertThat(rv.units()).isEqualTo("awesomes");
        assertThat(rv.ranges()).containsExactly(new Range.Span(0, 1000L));
        assertThat(rv.toHeader()).isEqualTo("awesomes=0-999");

        assertThat(Range.parse("bytes=-")).isNull();
        assertThat(Range.parse("bytes=bad")).isNull();
        assertThat(Range.parse("bytes=bad-1")).isNull();
        assertThat(Range.parse("bytes=-bad")).isNull();
        assertThat(Range.parse("bytes=52-99, bad")).isNull();
    }

    // Werkzeug: tests/test_http.py::TestRange::test_content_range_parsing
    @Test
    void contentRangeParsing() {
        ContentRange rv = ContentRange.parse("bytes 0-98/*");
        assertThat(rv.units()).isEqualTo("bytes");
        assertThat(rv.start()).isEqualTo(0);
        assertThat(rv.stop()).isEqualTo(99);
        assertThat(rv.length()).isNull();
        assertThat(rv.toHeader()).isEqualTo("bytes 0-98/*");

        assertThat(ContentRange.parse("bytes 0-98/*asdfsa")).isNull();
        assertThat(ContentRange.parse("bytes */-1")).isNull();

        rv = ContentRange.parse("bytes 0-99/100");
        assertThat(rv.toHeader()).isEqualTo("bytes 0-99/100");
        // Werkzeug sets start and stop to None in place; the Java value is immutable
        rv = new ContentRange(rv.units(), null, null, rv.length());
        assertThat(rv.units()).isEqualTo("bytes");
        assertThat(rv.toHeader()).isEqualTo("bytes */100");

        rv = ContentRange.parse("bytes */100");
        assertThat(rv.start()).isNull();
        assertThat(rv.stop()).isNull();
        assertThat(rv.length()).isEqualTo(100);
        assertThat(rv.units()).isEqualTo("bytes");
    }

    // Werkzeug: tests/test_http.py::TestRegression::test_best_match_works
    @Test
    void bestMatchWorks() {
        String rv = HeaderValues.parseAccept("foo=,application/xml,application/xhtml+xml,"
                + "text/html;q=0.9,text/plain;q=0.8,image/png,*/*;q=0.5", MIMEAccept::new).bestMatch("foo/bar");
        assertThat(rv).isEqualTo("foo/bar");
    }

    // Werkzeug: tests/test_http.py::test_authorization_to_header
    @ParameterizedTest
    @ValueSource(strings = {"Basic V2Vya3pldWc6V2VrcnpldWc=",
        "Digest username=Mufasa, realm=\"testrealm@host.invalid\", nonce=dcd98b7102dd2f0e8b11d0f600bfb0c093,"
            + " uri=\"/dir/index.html\", qop=auth, nc=00000001, cnonce=0a4f113b,"
            + " response=6629fae49393a05397450978507c4ef1, opaque=5ccc069c403ebaf9f0171e9517f40e41"})
    void authorizationToHeader(String value) {
        Authorization parsed = Authorization.fromHeader(value);
        assertThat(parsed).isNotNull();
        assertThat(parsed.toHeader()).isEqualTo(value);
    }

    static Stream<Arguments> dates() {
        return Stream.of(
                Arguments.of("Sun, 06 Nov 1994 08:49:37 GMT    ", utc(1994, 11, 6, 8, 49).plusSeconds(37)),
                Arguments.of("Sunday, 06-Nov-94 08:49:37 GMT", utc(1994, 11, 6, 8, 49).plusSeconds(37)),
                Arguments.of(" Sun Nov  6 08:49:37 1994", utc(1994, 11, 6, 8, 49).plusSeconds(37)),
                Arguments.of("foo", null),
                Arguments.of(" Sun 02 Feb 1343 08:49:37 GMT", utc(1343, 2, 2, 8, 49).plusSeconds(37)),
                Arguments.of("Thu, 01 Jan 1970 00:00:00 GMT", Instant.EPOCH),
                Arguments.of("Thu, 33 Jan 1970 00:00:00 GMT", null));
    }

    // Werkzeug: tests/test_http.py::test_parse_date
    @ParameterizedTest
    @MethodSource("dates")
    void parseDate(String value, Instant expect) {
        assertThat(HttpDates.parse(value)).isEqualTo(expect);
    }

    static Stream<Arguments> httpDates() {
        return Stream.of(
                Arguments.of(utc(1994, 11, 6, 8, 49).plusSeconds(37), "Sun, 06 Nov 1994 08:49:37 GMT"),
                Arguments.of(OffsetDateTime.of(1994, 11, 6, 8, 49, 37, 0, ZoneOffset.ofHours(-8)).toInstant(),
                        "Sun, 06 Nov 1994 16:49:37 GMT"),
                Arguments.of(Instant.EPOCH, "Thu, 01 Jan 1970 00:00:00 GMT"),
                Arguments.of(utc(1, 1, 1, 0, 0), "Mon, 01 Jan 0001 00:00:00 GMT"),
                Arguments.of(utc(999, 1, 1, 0, 0), "Tue, 01 Jan 0999 00:00:00 GMT"),
                Arguments.of(utc(1000, 1, 1, 0, 0), "Wed, 01 Jan 1000 00:00:00 GMT"),
                Arguments.of(utc(2020, 1, 1, 0, 0), "Wed, 01 Jan 2020 00:00:00 GMT"));
    }

    // Werkzeug: tests/test_http.py::test_http_date
    @ParameterizedTest
    @MethodSource("httpDates")
    void httpDate(Instant value, String expect) {
        assertThat(HttpDates.format(value)).isEqualTo(expect);
    }

    // Werkzeug: tests/test_http.py::test_accept_invalid_float
    @ParameterizedTest
    @ValueSource(strings = {".5", "+0.5", "0.5_1", "\ud83e\udff0.\ud83e\udff5"})
    void acceptInvalidFloat(String value) {
        String quoted = Urls.quote(value, "/");
        String q = quoted.equals(value) ? "q=" + value : "q*=UTF-8''" + value;
        Accept a = HeaderValues.parseAccept("en,jp;" + q, Accept::new);
        assertThat(a.values()).containsExactly("en");
    }

    // Werkzeug: tests/test_http.py::test_accept_valid_int_one_zero
    @Test
    void acceptValidIntOneZero() {
        assertThat(accept("en;q=1")).isEqualTo(accept("en;q=1.0"));
        assertThat(accept("en;q=0")).isEqualTo(accept("en;q=0.0"));
        assertThat(accept("en;q=5")).isEqualTo(accept("en;q=5.0"));
    }

    private static Accept accept(String header) {
        return HeaderValues.parseAccept(header, Accept::new);
    }

    // Werkzeug: tests/test_http.py::test_range_invalid_int
    @ParameterizedTest
    @ValueSource(strings = {"\ud83e\udff1\ud83e\udff2\ud83e\udff3", "+1-", "1-1_23"})
    void rangeInvalidInt(String value) {
        assertThat(Range.parse(value)).isNull();
    }

    // Werkzeug: tests/test_http.py::test_content_range_invalid_int
    @ParameterizedTest
    @ValueSource(strings = {"*/\ud83e\udff1\ud83e\udff2\ud83e\udff3", "1-+2/3", "1_23-125/*"})
    void contentRangeInvalidInt(String value) {
        assertThat(ContentRange.parse("bytes " + value)).isNull();
    }

    @Test
    void digitsOfOtherScriptsAreNotHeaderNumbers() {
        assertThat(Range.parse("bytes=\u0663-\u0664")).isNull();
        assertThat(ContentRange.parse("bytes \u0663-\u0664/10")).isNull();
        assertThat(Range.parse("bytes=3-4")).isNotNull();
    }
}
