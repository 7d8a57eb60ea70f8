package dev.flaskspring.login;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A {@code Set-Cookie} header read into name, raw value and attributes, to compare what a browser would
 * store when the header was re-spelled on the way (the in-process client's servlet mock rewrites it: attribute
 * order, {@code Expires} without a leading zero).
 */
record SetCookie(String name, String value, Map<String, String> attributes) {

    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.ofPattern("EEE, d MMM yyyy HH:mm:ss zzz",
            Locale.US);

    static SetCookie parse(String header) {
        String[] parts = header.split(";");
        int eq = parts[0].indexOf('=');
        Map<String, String> attributes = new TreeMap<>();
        for (int i = 1; i < parts.length; i++) {
            String part = parts[i].trim();
            int at = part.indexOf('=');
            String key = (at < 0 ? part : part.substring(0, at)).toLowerCase(Locale.ROOT);
            String value = at < 0 ? "" : part.substring(at + 1);
            attributes.put(key, key.equals("expires") ? expires(value) : value);
        }
        return new SetCookie(parts[0].substring(0, eq), parts[0].substring(eq + 1), attributes);
    }

    private static String expires(String date) {
        return String.valueOf(Instant.from(ZonedDateTime.parse(date, HTTP_DATE)).getEpochSecond());
    }
}
