package dev.flaskspring.jinja;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAccessor;
import java.util.Date;
import java.util.List;
import java.util.Locale;

/**
 * Java dates and times as Python's {@code datetime}, {@code date} and {@code time}: {@code created.strftime('%Y-%m-%d')}
 * (the C locale's names, glibc's {@code %-d} for no padding), {@code isoformat()}, {@code date()}, and the
 * attributes {@code year}, {@code month}, {@code day}, {@code hour}, {@code minute}, {@code second},
 * {@code microsecond}. A {@code LocalDateTime} is a naive datetime; an {@code Instant} or {@code java.util.Date} is
 * an aware one in UTC.
 */
final class PyDates {

    private PyDates() {
    }

    /** Whether {@code value} is a date or time templates treat as Python's. */
    static boolean isDate(Object value) {
        return value instanceof LocalDateTime || value instanceof LocalDate || value instanceof LocalTime
                || value instanceof OffsetDateTime || value instanceof ZonedDateTime || value instanceof Instant
                || value instanceof Date;
    }

    /** {@code value} with a time-zone where it has one: an Instant or Date becomes a UTC OffsetDateTime. */
    static TemporalAccessor normalize(Object value) {
        if (value instanceof Instant i) {
            return i.atOffset(ZoneOffset.UTC);
        }
        if (value instanceof Date d) {
            return d.toInstant().atOffset(ZoneOffset.UTC);
        }
        return (TemporalAccessor) value;
    }

    /** The attribute {@code name} ({@code year} … {@code microsecond}), or null when a date has no such field. */
    static Object attribute(Object value, String name) {
        TemporalAccessor t = normalize(value);
        ChronoField field = switch (name) {
            case "year" -> ChronoField.YEAR;
            case "month" -> ChronoField.MONTH_OF_YEAR;
            case "day" -> ChronoField.DAY_OF_MONTH;
            case "hour" -> ChronoField.HOUR_OF_DAY;
            case "minute" -> ChronoField.MINUTE_OF_HOUR;
            case "second" -> ChronoField.SECOND_OF_MINUTE;
            case "microsecond" -> ChronoField.MICRO_OF_SECOND;
            default -> null;
        };
        return field != null && t.isSupported(field) ? (Object) (long) t.get(field) : null;
    }

    /** Whether {@code name} is a method of Python's date types here. */
    static boolean has(String name) {
        return switch (name) {
            case "strftime", "isoformat", "date", "time", "weekday", "isoweekday", "timestamp" -> true;
            default -> false;
        };
    }

    static Object call(Object value, String name, List<Object> args) {
        TemporalAccessor t = normalize(value);
        return switch (name) {
            case "strftime" -> strftime(t, PyStr.str(args.get(0)));
            case "isoformat" -> isoformat(t, args.isEmpty() ? "T" : PyStr.str(args.get(0)));
            case "date" -> LocalDate.from(t);
            case "time" -> LocalTime.from(t);
            case "weekday" -> (long) (LocalDate.from(t).getDayOfWeek().getValue() - 1);
            case "isoweekday" -> (long) LocalDate.from(t).getDayOfWeek().getValue();
            case "timestamp" -> timestamp(t);
            default -> throw new TemplateRuntimeError("datetime has no method " + name, null);
        };
    }

    private static double timestamp(TemporalAccessor t) {
        Instant instant = t instanceof LocalDateTime local ? local.atZone(java.time.ZoneId.systemDefault()).toInstant()
                : Instant.from(t);
        return instant.getEpochSecond() + instant.getNano() / 1e9;
    }

    private static String isoformat(TemporalAccessor t, String sep) {
        if (t instanceof LocalDate d) {
            return d.toString();
        }
        if (t instanceof LocalTime time) {
            return PyStr.time(time);
        }
        LocalDateTime local = LocalDateTime.from(t);
        String text = local.toLocalDate() + sep + PyStr.time(local.toLocalTime());
        return t.isSupported(ChronoField.OFFSET_SECONDS) ? text + offset(t, true) : text;
    }

    /** Python's {@code strftime} with glibc's directives, in the C locale. */
    static String strftime(TemporalAccessor t, String format) {
        StringBuilder out = new StringBuilder(format.length() + 16);
        for (int i = 0; i < format.length(); i++) {
            char c = format.charAt(i);
            if (c != '%' || i + 1 == format.length()) {
                out.append(c);
                continue;
            }
            char d = format.charAt(++i);
            boolean pad = true;
            if (d == '-' && i + 1 < format.length()) {
                pad = false;
                d = format.charAt(++i);
            }
            out.append(directive(t, d, pad));
        }
        return out.toString();
    }

    private static String directive(TemporalAccessor t, char d, boolean pad) {
        return switch (d) {
            case 'Y' -> String.valueOf(t.get(ChronoField.YEAR));
            case 'y' -> num(t.get(ChronoField.YEAR) % 100, 2, pad);
            case 'm' -> num(t.get(ChronoField.MONTH_OF_YEAR), 2, pad);
            case 'd' -> num(t.get(ChronoField.DAY_OF_MONTH), 2, pad);
            case 'e' -> pad ? String.format("%2d", t.get(ChronoField.DAY_OF_MONTH))
                    : String.valueOf(t.get(ChronoField.DAY_OF_MONTH));
            case 'H' -> num(t.get(ChronoField.HOUR_OF_DAY), 2, pad);
            case 'I' -> num(t.get(ChronoField.CLOCK_HOUR_OF_AMPM), 2, pad);
            case 'M' -> num(t.get(ChronoField.MINUTE_OF_HOUR), 2, pad);
            case 'S' -> num(t.get(ChronoField.SECOND_OF_MINUTE), 2, pad);
            case 'f' -> String.format("%06d", t.get(ChronoField.MICRO_OF_SECOND));
            case 'p' -> t.get(ChronoField.AMPM_OF_DAY) == 0 ? "AM" : "PM";
            case 'j' -> num(t.get(ChronoField.DAY_OF_YEAR), 3, pad);
            case 'a' -> day(t).getDisplayName(TextStyle.SHORT, Locale.US);
            case 'A' -> day(t).getDisplayName(TextStyle.FULL, Locale.US);
            case 'w' -> String.valueOf(day(t).getValue() % 7);
            case 'u' -> String.valueOf(day(t).getValue());
            case 'b', 'h' -> java.time.Month.of(t.get(ChronoField.MONTH_OF_YEAR)).getDisplayName(TextStyle.SHORT, Locale.US);
            case 'B' -> java.time.Month.of(t.get(ChronoField.MONTH_OF_YEAR)).getDisplayName(TextStyle.FULL, Locale.US);
            case 'U' -> num(week(t, DayOfWeek.SUNDAY), 2, pad);
            case 'W' -> num(week(t, DayOfWeek.MONDAY), 2, pad);
            case 'V' -> num(t.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR), 2, pad);
            case 'G' -> String.valueOf(t.get(IsoFields.WEEK_BASED_YEAR));
            case 'z' -> t.isSupported(ChronoField.OFFSET_SECONDS) ? offset(t, false) : "";
            case 'Z' -> t.isSupported(ChronoField.OFFSET_SECONDS)
                    ? (t.get(ChronoField.OFFSET_SECONDS) == 0 ? "UTC" : "UTC" + offset(t, true)) : "";
            case 'c' -> strftime(t, "%a %b %e %H:%M:%S %Y");
            case 'x' -> strftime(t, "%m/%d/%y");
            case 'X', 'T' -> strftime(t, "%H:%M:%S");
            case 'D' -> strftime(t, "%m/%d/%y");
            case 'F' -> strftime(t, "%Y-%m-%d");
            case 'R' -> strftime(t, "%H:%M");
            case 'n' -> "\n";
            case 't' -> "\t";
            case '%' -> "%";
            default -> "%" + d;
        };
    }

    private static DayOfWeek day(TemporalAccessor t) {
        return DayOfWeek.of(t.get(ChronoField.DAY_OF_WEEK));
    }

    /** The week of the year, weeks starting on {@code first}, days before the first such day in week 0. */
    private static int week(TemporalAccessor t, DayOfWeek first) {
        int dayOfYear = t.get(ChronoField.DAY_OF_YEAR) - 1;
        int weekday = (day(t).getValue() - first.getValue() + 7) % 7;
        return (dayOfYear + 7 - weekday) / 7;
    }

    private static String num(int value, int width, boolean pad) {
        String text = String.valueOf(value);
        return pad && text.length() < width ? "0".repeat(width - text.length()) + text : text;
    }

    private static String offset(TemporalAccessor t, boolean colon) {
        int seconds = t.get(ChronoField.OFFSET_SECONDS);
        int abs = Math.abs(seconds);
        String text = String.format("%s%02d%s%02d", seconds < 0 ? "-" : "+", abs / 3600, colon ? ":" : "", abs / 60 % 60);
        return abs % 60 == 0 ? text : text + String.format(colon ? ":%02d" : "%02d", abs % 60);
    }
}
