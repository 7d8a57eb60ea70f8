package dev.flaskspring.wrappers;

import java.time.Instant;

/** An {@code If-Range} header: an entity tag or a date, or neither; Werkzeug's {@code IfRange}. */
record IfRange(String etag, Instant date) {

    /** Parses a header value: a date if it reads as one, else a tag (weakness dropped); Werkzeug's {@code parse_if_range_header}. */
    static IfRange parse(String value) {
        if (value == null || value.isEmpty()) {
            return new IfRange(null, null);
        }
        Instant date = HttpDates.parse(value);
        if (date != null) {
            return new IfRange(null, date);
        }
        return new IfRange(ETag.unquote(value).value(), null);
    }

    /** The header value; Werkzeug's {@code to_header}. */
    String toHeader() {
        if (date != null) {
            return HttpDates.format(date);
        }
        return etag != null ? ETag.quote(etag, false) : "";
    }
}
