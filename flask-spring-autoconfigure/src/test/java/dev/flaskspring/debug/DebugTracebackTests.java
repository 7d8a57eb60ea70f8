package dev.flaskspring.debug;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The traceback of the debug page: the chain of causes, the frames and their sources, and how they render. */
class DebugTracebackTests {

    private final SourceFinder sources = SourceFinder.forCurrentThread();

    private static RuntimeException raised(String message) {
        return new IllegalStateException(message);
    }

    private static void doSomething() {
        throw new IllegalArgumentException("inner"); // the inner line
    }

    // Werkzeug: tests/test_debug.py::TestDebugHelpers::test_exc_divider_found_on_chained_exception
    @Test
    void excDividerFoundOnChainedException() {
        RuntimeException outer;
        try {
            doSomething();
            throw new AssertionError("not raised");
        } catch (IllegalArgumentException e) {
            outer = new IllegalStateException("outer", e); // the outer line
        }
        String html = TracebackPage.html(DebugTraceback.of(outer, sources), "GET", "http://localhost/");
        assertThat(html).contains("throw new IllegalArgumentException(&#34;inner&#34;); // the inner line")
                .contains("<div class=\"exc-divider\">Caused by: java.lang.IllegalArgumentException: inner</div>")
                .contains("outer = new IllegalStateException(&#34;outer&#34;, e); // the outer line");
    }

    // Werkzeug: tests/test_debug.py::test_chained_exception_cycle
    @Test
    void chainedExceptionCycle() {
        RuntimeException first = new IllegalStateException("first");
        RuntimeException second = new IllegalArgumentException("second", first);
        first.initCause(second);
        DebugTraceback tb = DebugTraceback.of(second, sources);
        assertThat(tb.chain()).hasSize(2);
        assertThat(TracebackPage.html(tb, "GET", "/")).contains("Caused by: java.lang.IllegalStateException: first");
    }

    private static RuntimeException withoutTrace(String message, Throwable cause) {
        return new RuntimeException(message, cause, false, false) {
        };
    }

    // Werkzeug: tests/test_debug.py::test_exception_without_traceback
    @Test
    void exceptionWithoutTraceback() {
        RuntimeException bare = withoutTrace("msg1", withoutTrace("msg2", null));
        DebugTraceback tb = DebugTraceback.of(bare, sources);
        assertThat(tb.chain()).hasSize(2).allSatisfy(link -> assertThat(link.frames()).isEmpty());
        assertThat(TracebackPage.html(tb, "GET", "/")).contains("msg1").contains("msg2");
    }

    // Werkzeug: tests/test_debug.py::test_missing_source_lines
    @Test
    void missingSourceLines(@TempDir Path dir) throws Exception {
        Path source = dir.resolve("src/main/java/example/Views.java");
        Files.createDirectories(source.getParent());
        Files.writeString(source, "truncated\n");
        RuntimeException e = new RuntimeException("boom");
        e.setStackTrace(new StackTraceElement[] {new StackTraceElement("example.Views", "index", "Views.java", 40)});
        DebugTraceback tb = DebugTraceback.of(e, new SourceFinder(getClass().getClassLoader(), dir));
        String html = TracebackPage.html(tb, "GET", "/");
        assertThat(html).contains(source.toString()).contains("line <em class=\"line\">40</em>")
                .doesNotContain("truncated");
    }

    @Test
    void aFrameShowsTheFiveSourceLinesBeforeAndAfterItsLine() {
        DebugTraceback tb = DebugTraceback.of(raised("boom"), sources);
        DebugTraceback.Frame frame = tb.chain().get(0).frames().get(0);
        assertThat(frame.file()).endsWith("src/test/java/dev/flaskspring/debug/DebugTracebackTests.java");
        assertThat(frame.lines()).hasSize(11);
        assertThat(frame.lines().stream().filter(DebugTraceback.Line::current).toList()).singleElement()
                .satisfies(line -> assertThat(line.text()).contains("return new IllegalStateException(message);"));
    }

    @Test
    void framesWithoutSourceAreFoldedWhenTheApplicationsAreThere() {
        String html = TracebackPage.html(DebugTraceback.of(raised("boom"), sources), "GET", "/");
        assertThat(html).contains("<h4>File <cite class=\"filename\">\"")
                .containsPattern("<li class=\"no-source\"><details><summary>\\d+ frames without source</summary>")
                .contains("in <code class=\"function\">org.junit.");
    }

    @Test
    void withoutAnySourceEveryFrameIsShown() {
        RuntimeException e = new RuntimeException("boom");
        e.setStackTrace(new StackTraceElement[] {new StackTraceElement("org.example.Lib", "run", "Lib.java", 3),
                new StackTraceElement("org.example.Lib", "call", null, -2)});
        String html = TracebackPage.html(DebugTraceback.of(e, sources), "GET", "/");
        assertThat(html).doesNotContain("<details>").contains("\"Lib.java\"</cite>, line <em class=\"line\">3</em>")
                .contains("\"Native Method\"</cite>, in <code class=\"function\">org.example.Lib.call</code>");
    }

    @Test
    void aCauseLeavesOutTheFramesItSharesWithTheExceptionAbove() {
        RuntimeException cause = raised("cause");
        RuntimeException outer = new RuntimeException("outer", cause);
        DebugTraceback tb = DebugTraceback.of(outer, sources);
        DebugTraceback.Link link = tb.chain().get(1);
        assertThat(link.framesInCommon()).isPositive();
        assertThat(link.frames().size() + link.framesInCommon()).isEqualTo(cause.getStackTrace().length);
        assertThat(TracebackPage.html(tb, "GET", "/")).contains("frames in common with the exception above");
    }

    @Test
    void everyTextFromTheExceptionAndTheRequestIsEscaped() {
        RuntimeException e = new IllegalStateException("<script>alert('x')</script> & more");
        String html = TracebackPage.html(DebugTraceback.of(e, sources), "GET", "http://h/<b>?q=\"x\"");
        assertThat(html).doesNotContain("<script>").doesNotContain("<b>")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; more")
                .contains("http://h/&lt;b&gt;?q=&#34;x&#34;");
    }

    @Test
    void thePlainTextIsTheRequestThenTheStackTraceAsJavaPrintsIt() {
        RuntimeException e = raised("boom");
        String text = TracebackPage.text(DebugTraceback.of(e, sources), "POST", "http://localhost/x");
        assertThat(text).startsWith("POST http://localhost/x\n\njava.lang.IllegalStateException: boom\n")
                .contains("\tat dev.flaskspring.debug.DebugTracebackTests.raised(DebugTracebackTests.java:");
        assertThat(List.of(text.split("\n")).get(2)).isEqualTo(e.toString());
    }
}
