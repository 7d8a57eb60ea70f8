package dev.flaskspring.wrappers;

/**
 * A {@code Content-Range} header: unit, {@code [start, stop)} and complete length, each possibly
 * unknown ({@code bytes 0-499/1000}, {@code bytes *}{@code /1000}); Werkzeug's {@code ContentRange}.
 */
public record ContentRange(String units, Long start, Long stop, Long length) {

    /** A valid range for the length; an invalid one is an {@link IllegalArgumentException}. */
    public ContentRange {
        if (!isByteRangeValid(start, stop, length)) {
            throw new IllegalArgumentException("Bad range provided");
        }
    }

    /** Parses a header value, or null when it is absent or malformed; Werkzeug's {@code parse_content_range_header}. */
    public static ContentRange parse(String value) {
        if (value == null) {
            return null;
        }
        var parts = PythonText.split(value);
        if (parts.size() < 2) {
            return null;
        }
        String trimmed = PythonText.strip(value);
        String units = parts.get(0);
        String rangedef = PythonText.lstrip(trimmed.substring(units.length()));
        int slash = rangedef.indexOf('/');
        if (slash < 0) {
            return null;
        }
        String rng = rangedef.substring(0, slash);
        String lengthText = rangedef.substring(slash + 1);
        Long length = null;
        if (!lengthText.equals("*")) {
            length = PythonText.plainInt(lengthText);
            if (length == null) {
                return null;
            }
        }
        if (rng.equals("*")) {
            return isByteRangeValid(null, null, length) ? new ContentRange(units, null, null, length) : null;
        }
        int dash = rng.indexOf('-');
        if (dash < 0) {
            return null;
        }
        Long start = PythonText.plainInt(rng.substring(0, dash));
        Long last = PythonText.plainInt(rng.substring(dash + 1));
        if (start == null || last == null) {
            return null;
        }
        return isByteRangeValid(start, last + 1, length) ? new ContentRange(units, start, last + 1, length) : null;
    }

    /** Whether a byte range fits a complete length (each may be unknown); Werkzeug's {@code is_byte_range_valid}. */
    static boolean isByteRangeValid(Long start, Long stop, Long length) {
        if ((start == null) != (stop == null)) {
            return false;
        }
        if (start == null) {
            return length == null || length >= 0;
        }
        if (length == null) {
            return 0 <= start && start < stop;
        }
        if (start >= stop) {
            return false;
        }
        return 0 <= start && start < length;
    }

    /** The header value; Werkzeug's {@code to_header}. */
    public String toHeader() {
        if (units == null) {
            return "";
        }
        String total = length == null ? "*" : length.toString();
        return start == null ? units + " */" + total : units + " " + start + "-" + (stop - 1) + "/" + total;
    }
}
