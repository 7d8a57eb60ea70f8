package dev.flaskspring.wrappers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Accept, cache control and range structures; ported from Werkzeug 3.1.8's
 * {@code tests/test_datastructures.py} ({@code TestCacheControl}, {@code TestAccept},
 * {@code TestMIMEAccept}, {@code TestLanguageAccept}, {@code test_range_to_header},
 * {@code test_range_validates_ranges}).
 * <p>The file's other classes test structures outside this change (MultiDict, Headers, FileStorage,
 * CSP ...). {@code test_range_validates_ranges}'s {@code (None, 1)} case has no Java form (a range's
 * start is a {@code long}). A Java quality is a {@code double}: Werkzeug's int 0 prints {@code q=0}, the
 * float 0.0 here prints {@code q=0.0}, as Werkzeug does for every parsed header.
 */
class DatastructuresTests {

    private static Map<String, String> directives(String... keysAndValues) {
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            out.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return out;
    }

    private static List<Accept.Entry> entries(Object... valuesAndQualities) {
        List<Accept.Entry> out = new ArrayList<>();
        for (int i = 0; i < valuesAndQualities.length; i += 2) {
            out.add(new Accept.Entry((String) valuesAndQualities[i], ((Number) valuesAndQualities[i + 1]).doubleValue()));
        }
        return out;
    }

    // Werkzeug: tests/test_datastructures.py::TestCacheControl::test_repr
    @Test
    void repr() {
        RequestCacheControl cc = new RequestCacheControl(directives("max-age", "0", "private", "True"));
        assertThat(cc).hasToString("<RequestCacheControl max-age='0' private='True'>");
    }

    // Werkzeug: tests/test_datastructures.py::TestCacheControl::test_set_none
    @Test
    void setNone() {
        ResponseCacheControl cc = new ResponseCacheControl(directives("max-age", "0"));
        assertThat(cc.noCache()).isFalse();
        cc.setNoCache(false);
        assertThat(cc.noCache()).isFalse();
        assertThat(cc.toHeader()).isEqualTo("max-age=0");
    }

    // Werkzeug: tests/test_datastructures.py::TestCacheControl::test_no_transform
    @Test
    void noTransform() {
        assertThat(new RequestCacheControl(directives("no-transform", null)).noTransform()).isTrue();
        assertThat(new RequestCacheControl(Map.of()).noTransform()).isFalse();
    }

    // Werkzeug: tests/test_datastructures.py::TestCacheControl::test_min_fresh
    @Test
    void minFresh() {
        assertThat(new RequestCacheControl(directives("min-fresh", "0")).minFresh()).isEqualTo(0);
        assertThat(new RequestCacheControl(directives("min-fresh", null)).minFresh()).isNull();
        assertThat(new RequestCacheControl(Map.of()).minFresh()).isNull();
    }

    // Werkzeug: tests/test_datastructures.py::TestCacheControl::test_must_understand
    @Test
    void mustUnderstand() {
        assertThat(new ResponseCacheControl(directives("must-understand", null)).mustUnderstand()).isTrue();
        assertThat(new ResponseCacheControl().mustUnderstand()).isFalse();
    }

    // Werkzeug: tests/test_datastructures.py::TestCacheControl::test_stale_while_revalidate
    @Test
    void staleWhileRevalidate() {
        assertThat(new ResponseCacheControl(directives("stale-while-revalidate", "1")).staleWhileRevalidate()).isEqualTo(1);
        assertThat(new ResponseCacheControl().staleWhileRevalidate()).isNull();
    }

    // Werkzeug: tests/test_datastructures.py::TestCacheControl::test_stale_if_error
    @Test
    void staleIfError() {
        assertThat(new ResponseCacheControl(directives("stale-if-error", "1")).staleIfError()).isEqualTo(1);
        assertThat(new ResponseCacheControl().staleWhileRevalidate()).isNull();
    }

    // Werkzeug: tests/test_datastructures.py::TestAccept::test_accept_basic
    @Test
    void acceptBasic() {
        Accept accept = new Accept(entries("tinker", 0, "tailor", 0.333, "soldier", 0.667, "sailor", 1));
        // check get on indices
        assertThat(accept.get(3)).isEqualTo(new Accept.Entry("tinker", 0));
        assertThat(accept.get(2)).isEqualTo(new Accept.Entry("tailor", 0.333));
        assertThat(accept.get(1)).isEqualTo(new Accept.Entry("soldier", 0.667));
        assertThat(accept.get(0)).isEqualTo(new Accept.Entry("sailor", 1));
        // check quality method
        assertThat(accept.quality("tinker")).isEqualTo(0);
        assertThat(accept.quality("tailor")).isEqualTo(0.333);
        assertThat(accept.quality("soldier")).isEqualTo(0.667);
        assertThat(accept.quality("sailor")).isEqualTo(1);
        assertThat(accept.quality("spy")).isEqualTo(0);
        // check contains
        assertThat(accept.contains("sailor")).isTrue();
        assertThat(accept.contains("spy")).isFalse();
        // check index method
        assertThat(accept.index("tinker")).isEqualTo(3);
        assertThat(accept.index("tailor")).isEqualTo(2);
        assertThat(accept.index("soldier")).isEqualTo(1);
        assertThat(accept.index("sailor")).isEqualTo(0);
        assertThatThrownBy(() -> accept.index("spy")).isInstanceOf(NoSuchElementException.class);
        // check find method
        assertThat(accept.find("tinker")).isEqualTo(3);
        assertThat(accept.find("tailor")).isEqualTo(2);
        assertThat(accept.find("soldier")).isEqualTo(1);
        assertThat(accept.find("sailor")).isEqualTo(0);
        assertThat(accept.find("spy")).isEqualTo(-1);
        // check to_header method (a float 0 is written 0.0, see the class comment)
        assertThat(accept.toHeader()).isEqualTo("sailor,soldier;q=0.667,tailor;q=0.333,tinker;q=0.0");
        // check best_match method
        assertThat(accept.bestMatch(List.of("tinker", "tailor", "soldier", "sailor"), null)).isEqualTo("sailor");
        assertThat(accept.bestMatch(List.of("tinker", "tailor", "soldier"), null)).isEqualTo("soldier");
        assertThat(accept.bestMatch(List.of("tinker", "tailor"), null)).isEqualTo("tailor");
        assertThat(accept.bestMatch(List.of("tinker"), null)).isNull();
        assertThat(accept.bestMatch(List.of("tinker"), "x")).isEqualTo("x");
    }

    // Werkzeug: tests/test_datastructures.py::TestAccept::test_accept_wildcard
    @Test
    void acceptWildcard() {
        Accept accept = new Accept(entries("*", 0, "asterisk", 1));
        assertThat(accept.contains("*")).isTrue();
        assertThat(accept.bestMatch(List.of("asterisk", "star"), null)).isEqualTo("asterisk");
        assertThat(accept.bestMatch(List.of("star"), null)).isNull();
    }

    // Werkzeug: tests/test_datastructures.py::TestAccept::test_accept_keep_order
    @Test
    void acceptKeepOrder() {
        Accept accept = new Accept(entries("*", 1));
        assertThat(accept.bestMatch("alice", "bob")).isEqualTo("alice");
        assertThat(accept.bestMatch("bob", "alice")).isEqualTo("bob");
        accept = new Accept(entries("alice", 1, "bob", 1));
        assertThat(accept.bestMatch("alice", "bob")).isEqualTo("alice");
        assertThat(accept.bestMatch("bob", "alice")).isEqualTo("bob");
    }

    // Werkzeug: tests/test_datastructures.py::TestAccept::test_accept_wildcard_specificity
    @Test
    void acceptWildcardSpecificity() {
        Accept accept = new Accept(entries("asterisk", 0, "star", 0.5, "*", 1));
        assertThat(accept.bestMatch(List.of("star", "asterisk"), null)).isEqualTo("star");
        assertThat(accept.bestMatch(List.of("asterisk", "star"), null)).isEqualTo("star");
        assertThat(accept.bestMatch(List.of("asterisk", "times"), null)).isEqualTo("times");
        assertThat(accept.bestMatch(List.of("asterisk"), null)).isNull();
    }

    // Werkzeug: tests/test_datastructures.py::TestAccept::test_accept_equal_quality
    @Test
    void acceptEqualQuality() {
        assertThat(new Accept(entries("a", 1, "b", 1)).best()).isEqualTo("a");
    }

    static Stream<Arguments> mimeAccepts() {
        return Stream.of(
                Arguments.of(entries("text/*", 1), List.of("text/html"), null, "text/html"),
                Arguments.of(entries("text/*", 1), List.of("image/png"), "text/plain", "text/plain"),
                Arguments.of(entries("text/*", 1), List.of("image/png"), null, null),
                Arguments.of(entries("*/*", 1, "text/html", 1), List.of("image/png", "text/html"), null, "text/html"),
                Arguments.of(entries("*/*", 1, "text/html", 1), List.of("image/png", "text/plain"), null, "image/png"),
                Arguments.of(entries("*/*", 1, "text/html", 1, "image/*", 1), List.of("image/png", "text/html"), null,
                        "text/html"),
                Arguments.of(entries("*/*", 1, "text/html", 1, "image/*", 1), List.of("text/plain", "image/png"), null,
                        "image/png"),
                Arguments.of(entries("text/html", 1, "text/html; level=1", 1), List.of("text/html;level=1"), null,
                        "text/html;level=1"));
    }

    // Werkzeug: tests/test_datastructures.py::TestMIMEAccept::test_mime_accept
    @ParameterizedTest
    @MethodSource("mimeAccepts")
    void mimeAccept(List<Accept.Entry> values, List<String> matches, String defaultValue, String expect) {
        assertThat(new MIMEAccept(values).bestMatch(matches, defaultValue)).isEqualTo(expect);
    }

    static Stream<Arguments> languageAccepts() {
        return Stream.of(
                Arguments.of(entries("en-us", 1), List.of("en"), null, "en"),
                Arguments.of(entries("en", 1), List.of("en_US"), null, "en_US"),
                Arguments.of(entries("en-GB", 1), List.of("en-US"), null, null),
                Arguments.of(entries("de_AT", 1, "de", 0.9), List.of("en"), null, null),
                Arguments.of(entries("de_AT", 1, "de", 0.9, "en-US", 0.8), List.of("de", "en"), null, "de"),
                Arguments.of(entries("de_AT", 0.9, "en-US", 1), List.of("en"), null, "en"),
                Arguments.of(entries("en-us", 1), List.of("en-us"), null, "en-us"),
                Arguments.of(entries("en-us", 1), List.of("en-us", "en"), null, "en-us"),
                Arguments.of(entries("en-GB", 1), List.of("en-US", "en"), "en-US", "en"),
                Arguments.of(entries("de_AT", 1), List.of("en-US", "en"), "en-US", "en-US"),
                Arguments.of(entries("aus-EN", 1), List.of("aus"), null, "aus"),
                Arguments.of(entries("aus", 1), List.of("aus-EN"), null, "aus-EN"));
    }

    // Werkzeug: tests/test_datastructures.py::TestLanguageAccept::test_best_match_fallback
    @ParameterizedTest
    @MethodSource("languageAccepts")
    void bestMatchFallback(List<Accept.Entry> values, List<String> matches, String defaultValue, String expect) {
        assertThat(new LanguageAccept(values).bestMatch(matches, defaultValue)).isEqualTo(expect);
    }

    static Stream<List<Range.Span>> headerRanges() {
        return Stream.of(List.of(new Range.Span(0, 1L), new Range.Span(-5, null)), List.of(new Range.Span(5, null)));
    }

    // Werkzeug: tests/test_datastructures.py::test_range_to_header
    @ParameterizedTest
    @MethodSource("headerRanges")
    void rangeToHeader(List<Range.Span> ranges) {
        String header = new Range("byes", ranges).toHeader();
        assertThat(Range.parse(header).ranges()).isEqualTo(ranges);
    }

    static Stream<List<Range.Span>> invalidRanges() {
        return Stream.of(List.of(new Range.Span(0, 0L)), List.of(new Range.Span(1, 0L)),
                Arrays.asList(new Range.Span(0, 1L), new Range.Span(-5, 10L)));
    }

    // Werkzeug: tests/test_datastructures.py::test_range_validates_ranges
    @ParameterizedTest
    @MethodSource("invalidRanges")
    void rangeValidatesRanges(List<Range.Span> ranges) {
        assertThatThrownBy(() -> new Range("bytes", ranges)).isInstanceOf(IllegalArgumentException.class);
    }
}
