package dev.flaskspring.wrappers;

import java.util.ArrayList;
import java.util.List;

/**
 * A {@code Range} request header: its unit and byte ranges; Werkzeug's {@code Range}.
 * <p>Each range is {@code [start, stop)}; {@code stop} is null for an open range ({@code 500-}) and a
 * negative {@code start} counts from the end ({@code -500}). The length methods serve a single range
 * in bytes, as Werkzeug's do.
 */
public final class Range {

    /** One range, {@code stop} exclusive or null when open. */
    public record Span(long start, Long stop) {
    }

    private final String units;
    private final List<Span> ranges;

    /** The given ranges; an invalid one ({@code start >= stop}, or negative with a stop) is an {@link IllegalArgumentException}. */
    public Range(String units, List<Span> ranges) {
        for (Span s : ranges) {
            if (s.stop() != null && (s.start() < 0 || s.start() >= s.stop())) {
                throw new IllegalArgumentException("(" + s.start() + ", " + s.stop() + ") is not a valid range.");
            }
        }
        this.units = units;
        this.ranges = List.copyOf(ranges);
    }

    /**
     * Parses a header value, or null when it is absent or malformed; Werkzeug's {@code parse_range_header}.
     * Numbers beyond 2<sup>62</sup> count as 2<sup>62</sup> (past any real length).
     */
    public static Range parse(String value) {
        if (value == null || value.isEmpty() || value.indexOf('=') < 0) {
            return null;
        }
        int eq = value.indexOf('=');
        String units = PythonText.lower(PythonText.strip(value.substring(0, eq)));
        List<Span> ranges = new ArrayList<>();
        long lastEnd = 0;
        for (String raw : value.substring(eq + 1).split(",", -1)) {
            String item = PythonText.strip(raw);
            int dash = item.indexOf('-');
            if (dash < 0) {
                return null;
            }
            if (dash == 0) {
                Long begin = PythonText.plainInt(item);
                if (lastEnd < 0 || begin == null) {
                    return null;
                }
                ranges.add(new Span(begin, null));
                lastEnd = -1;
                continue;
            }
            Long begin = PythonText.plainInt(item.substring(0, dash));
            if (begin == null || begin < lastEnd || lastEnd < 0) {
                return null;
            }
            String endText = PythonText.strip(item.substring(dash + 1));
            Long end = null;
            if (!endText.isEmpty()) {
                Long last = PythonText.plainInt(endText);
                if (last == null || begin >= last + 1) {
                    return null;
                }
                end = last + 1;
            }
            lastEnd = end != null ? end : -1;
            ranges.add(new Span(begin, end));
        }
        return new Range(units, ranges);
    }

    /** The unit, lower-case, usually {@code bytes}. */
    public String units() {
        return units;
    }

    /** The ranges as sent. */
    public List<Span> ranges() {
        return ranges;
    }

    /**
     * The one satisfiable byte range for a body of {@code length}, with its stop, or null (other unit,
     * several ranges, unknown length, out of bounds); Werkzeug's {@code range_for_length}.
     */
    public Span rangeForLength(Long length) {
        if (!units.equals("bytes") || length == null || ranges.size() != 1) {
            return null;
        }
        long start = ranges.get(0).start();
        Long end = ranges.get(0).stop();
        if (end == null) {
            end = length;
            if (start < 0) {
                start += length;
            }
        }
        if (ContentRange.isByteRangeValid(start, end, length)) {
            return new Span(start, Math.min(end, length));
        }
        return null;
    }

    /** The {@code Content-Range} for a body of {@code length}, or null; Werkzeug's {@code make_content_range}. */
    public ContentRange makeContentRange(Long length) {
        Span range = rangeForLength(length);
        return range == null ? null : new ContentRange(units, range.start(), range.stop(), length);
    }

    /** The header value; Werkzeug's {@code to_header}. */
    public String toHeader() {
        List<String> out = new ArrayList<>(ranges.size());
        for (Span s : ranges) {
            if (s.stop() == null) {
                out.add(s.start() >= 0 ? s.start() + "-" : Long.toString(s.start()));
            } else {
                out.add(s.start() + "-" + (s.stop() - 1));
            }
        }
        return units + "=" + String.join(",", out);
    }

    /** The {@code Content-Range} header value for a body of {@code length}, or null; Werkzeug's {@code to_content_range_header}. */
    public String toContentRangeHeader(Long length) {
        Span range = rangeForLength(length);
        return range == null ? null : units + " " + range.start() + "-" + (range.stop() - 1) + "/" + length;
    }

    @Override
    public String toString() {
        return "<Range '" + toHeader() + "'>";
    }
}
