package dev.flaskspring.debug;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * An exception, its causes, and the frames of each with the source lines around them; Werkzeug's
 * {@code DebugTraceback} (its {@code tbtools}), shown by {@link TracebackPage}.
 * <p>Frames are in Java's order, the most recent call first, and the exception thrown comes before its causes,
 * as {@code printStackTrace} prints them; a cause's frames that repeat the end of the exception above it are
 * left out and counted, Java's {@code ... n more}. A chain of causes that loops is followed once round.
 */
public final class DebugTraceback {

    /** How many source lines are shown before and after a frame's line, as in Werkzeug. */
    static final int CONTEXT_LINES = 5;

    /** A source line of a frame; {@code current} is the frame's own line. */
    public record Line(int number, String text, boolean current) {
    }

    /**
     * One frame of a stack trace.
     *
     * @param element the frame
     * @param file the source file's location, else the file name the class was compiled from
     * @param lines the source lines around the frame's line; empty when the source was not found
     */
    public record Frame(StackTraceElement element, String file, List<Line> lines) {

        /** Whether the source of this frame was found, which marks it as the application's own code. */
        public boolean hasSource() {
            return !lines.isEmpty();
        }
    }

    /**
     * One exception of the chain.
     *
     * @param exception the exception
     * @param frames its frames, without those it shares with the exception before it in the chain
     * @param framesInCommon how many frames were left out for that reason
     */
    public record Link(Throwable exception, List<Frame> frames, int framesInCommon) {
    }

    private final Throwable exception;
    private final List<Link> chain;

    private DebugTraceback(Throwable exception, List<Link> chain) {
        this.exception = exception;
        this.chain = chain;
    }

    /** The traceback of {@code exception}, with sources looked up by {@code sources}. */
    public static DebugTraceback of(Throwable exception, SourceFinder sources) {
        List<Link> chain = new ArrayList<>();
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        StackTraceElement[] enclosing = new StackTraceElement[0];
        for (Throwable t = exception; t != null && seen.add(t); t = t.getCause()) {
            StackTraceElement[] trace = t.getStackTrace();
            int inCommon = framesInCommon(trace, enclosing);
            List<Frame> frames = new ArrayList<>();
            for (int i = 0; i < trace.length - inCommon; i++) {
                frames.add(frame(trace[i], sources));
            }
            chain.add(new Link(t, List.copyOf(frames), inCommon));
            enclosing = trace;
        }
        return new DebugTraceback(exception, List.copyOf(chain));
    }

    /** How many frames at the end of {@code trace} are those at the end of {@code enclosing}, as Java counts them. */
    private static int framesInCommon(StackTraceElement[] trace, StackTraceElement[] enclosing) {
        int m = trace.length - 1;
        int n = enclosing.length - 1;
        while (m >= 0 && n >= 0 && trace[m].equals(enclosing[n])) {
            m--;
            n--;
        }
        return trace.length - 1 - m;
    }

    private static Frame frame(StackTraceElement element, SourceFinder sources) {
        SourceFinder.Source source = sources.find(element).orElse(null);
        String fallback = element.isNativeMethod() ? "Native Method"
                : element.getFileName() != null ? element.getFileName() : "Unknown Source";
        if (source == null) {
            return new Frame(element, fallback, List.of());
        }
        int index = element.getLineNumber() - 1;
        List<Line> lines = new ArrayList<>();
        if (index >= 0 && index < source.lines().size()) {
            int from = Math.max(0, index - CONTEXT_LINES);
            int to = Math.min(source.lines().size(), index + CONTEXT_LINES + 1);
            for (int i = from; i < to; i++) {
                lines.add(new Line(i + 1, source.lines().get(i), i == index));
            }
        }
        return new Frame(element, source.location(), List.copyOf(lines));
    }

    /** The exception caught. */
    public Throwable exception() {
        return exception;
    }

    /** The exception caught, then each of its causes. */
    public List<Link> chain() {
        return chain;
    }

    /** Whether some frames have their source and others not, so that the others can be folded away. */
    boolean mixesApplicationAndLibraryFrames() {
        boolean withSource = false;
        boolean without = false;
        for (Link link : chain) {
            for (Frame frame : link.frames()) {
                withSource |= frame.hasSource();
                without |= !frame.hasSource();
            }
        }
        return withSource && without;
    }

    /** The traceback as {@code printStackTrace} prints it (suppressed exceptions included); Werkzeug's {@code render_traceback_text}. */
    public String text() {
        StringWriter out = new StringWriter();
        exception.printStackTrace(new PrintWriter(out));
        return out.toString();
    }
}
