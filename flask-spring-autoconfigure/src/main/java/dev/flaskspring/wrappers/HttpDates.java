package dev.flaskspring.wrappers;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Formats and parses HTTP dates ({@code Wed, 21 Oct 2015 07:28:00 GMT}); Werkzeug's {@code http_date}/{@code parse_date}. */
public final class HttpDates {

    private static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US).withZone(ZoneOffset.UTC);

    private HttpDates() {
    }

    /** The HTTP date for an instant, always GMT with two-digit day. */
    public static String format(Instant instant) {
        return FORMAT.format(instant);
    }


    /**
     * Parses a date as Werkzeug's {@code parse_date} (RFC 1123, RFC 850, asctime; no zone means UTC);
     * null when it does not parse.
     */
    public static Instant parse(String value) {
        return EmailDates.parse(value);
    }
}
