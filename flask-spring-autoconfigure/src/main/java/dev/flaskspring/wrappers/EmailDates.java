package dev.flaskspring.wrappers;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a date as Werkzeug's {@code parse_date} does, through Python's {@code email.utils}
 * ({@code _parsedate_tz}): RFC 1123, RFC 850 and asctime forms, named and numeric zones, two-digit
 * years; no zone means UTC.
 * <p>Python raises {@code OverflowError} (uncaught by Werkzeug) for an absurd numeric zone; here that
 * is simply not a date.
 */
final class EmailDates {

    private static final List<String> MONTHS = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug",
            "sep", "oct", "nov", "dec", "january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december");
    private static final List<String> DAYS = List.of("mon", "tue", "wed", "thu", "fri", "sat", "sun");
    private static final Map<String, Integer> ZONES = Map.ofEntries(Map.entry("UT", 0), Map.entry("UTC", 0),
            Map.entry("GMT", 0), Map.entry("Z", 0), Map.entry("AST", -400), Map.entry("ADT", -300),
            Map.entry("EST", -500), Map.entry("EDT", -400), Map.entry("CST", -600), Map.entry("CDT", -500),
            Map.entry("MST", -700), Map.entry("MDT", -600), Map.entry("PST", -800), Map.entry("PDT", -700));

    private EmailDates() {
    }

    /** The instant {@code value} denotes, or null when Python would not read it. */
    static Instant parse(String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        List<String> data = new ArrayList<>(PythonText.split(value));
        if (data.isEmpty()) {
            return null;
        }
        if (data.get(0).endsWith(",") || DAYS.contains(PythonText.lower(data.get(0)))) {
            data.remove(0);
        } else {
            int comma = data.get(0).lastIndexOf(',');
            if (comma >= 0) {
                data.set(0, data.get(0).substring(comma + 1));
            }
        }
        if (data.size() == 3) {
            String[] stuff = data.get(0).split("-", -1);
            if (stuff.length == 3) {
                List<String> rest = data.subList(1, 3);
                data = new ArrayList<>(Arrays.asList(stuff));
                data.addAll(rest);
            }
        }
        if (data.size() == 4) {
            String s = data.get(3);
            int i = s.indexOf('+');
            if (i == -1) {
                i = s.indexOf('-');
            }
            if (i > 0) {
                data.set(3, s.substring(0, i));
                data.add(s.substring(i));
            } else {
                data.add("");
            }
        }
        if (data.size() < 5) {
            return null;
        }
        return fromParts(data.get(0), data.get(1), data.get(2), data.get(3), data.get(4));
    }

    private static Instant fromParts(String dd, String mm, String yy, String tm, String tz) {
        if (dd.isEmpty() || mm.isEmpty() || yy.isEmpty()) {
            return null;
        }
        mm = PythonText.lower(mm);
        if (!MONTHS.contains(mm)) {
            String swapped = PythonText.lower(dd);
            dd = mm;
            mm = swapped;
            if (!MONTHS.contains(mm)) {
                return null;
            }
        }
        int month = MONTHS.indexOf(mm) + 1;
        if (month > 12) {
            month -= 12;
        }
        if (dd.endsWith(",")) {
            dd = dd.substring(0, dd.length() - 1);
        }
        if (yy.indexOf(':') > 0) {
            String t = yy;
            yy = tm;
            tm = t;
        }
        if (yy.endsWith(",")) {
            yy = yy.substring(0, yy.length() - 1);
            if (yy.isEmpty()) {
                return null;
            }
        }
        if (yy.isEmpty() || tm.isEmpty()) {
            return null;
        }
        if (!Character.isDigit(yy.charAt(0))) {
            String t = yy;
            yy = tz;
            tz = t;
        }
        if (tm.endsWith(",")) {
            tm = tm.substring(0, tm.length() - 1);
        }
        String[] time = tm.split(":", -1);
        if (time.length == 1 && tm.indexOf('.') >= 0) {
            time = tm.split("\\.", -1);
        }
        if (time.length < 2 || time.length > 3) {
            return null;
        }
        Long year = PythonText.pythonInt(yy);
        Long day = PythonText.pythonInt(dd);
        Long hour = PythonText.pythonInt(time[0]);
        Long minute = PythonText.pythonInt(time[1]);
        Long second = time.length == 3 ? PythonText.pythonInt(time[2]) : Long.valueOf(0);
        if (year == null || day == null || hour == null || minute == null || second == null) {
            return null;
        }
        if (year < 100) {
            year += year > 68 ? 1900 : 2000;
        }
        Long offset = offsetSeconds(tz);
        if (year < 1 || year > 9999 || (offset != null && Math.abs(offset) >= 86400)) {
            return null;
        }
        try {
            LocalDateTime local = LocalDateTime.of(year.intValue(), month, Math.toIntExact(day),
                    Math.toIntExact(hour), Math.toIntExact(minute), Math.toIntExact(second));
            return Instant.ofEpochSecond(local.toEpochSecond(ZoneOffset.UTC) - (offset == null ? 0 : offset));
        } catch (DateTimeException | ArithmeticException e) {
            return null;
        }
    }

    /**
     * The zone's offset in seconds, or null for UTC (none, zero, {@code -0000}, an unknown name); an
     * offset too large for any zone gives {@link Long#MAX_VALUE}.
     */
    private static Long offsetSeconds(String tz) {
        String name = tz.toUpperCase(Locale.ROOT);
        Long hhmm = ZONES.containsKey(name) ? Long.valueOf(ZONES.get(name)) : PythonText.pythonInt(name);
        if (hhmm == null || hhmm == 0) {
            return null;
        }
        long abs = Math.abs(hhmm);
        if (abs >= 10_000_000) {
            return Long.MAX_VALUE;
        }
        return Long.signum(hhmm) * ((abs / 100) * 3600 + (abs % 100) * 60);
    }
}
