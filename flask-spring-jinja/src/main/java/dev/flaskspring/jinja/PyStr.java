package dev.flaskspring.jinja;

import com.hubspot.jinjava.objects.SafeString;
import dev.flaskspring.templating.Markup;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * Python's {@code str()} and {@code repr()} of Java values, as Jinja prints values: {@code None}, {@code True},
 * {@code 2.5}, {@code ['a', 1]}, {@code {'k': 'v'}}, {@code 2021-02-01 07:15:00}.
 */
final class PyStr {

    private static final DateTimeFormatter OFFSET = DateTimeFormatter.ofPattern("xxx");

    private PyStr() {
    }

    /** What {@code {{ value }}} writes: safe text as it is, undefined as nothing, the rest escaped if asked. */
    static String output(Object value, boolean escape) {
        if (value instanceof SafeString safe) {
            return safe.getValue();
        }
        if (value instanceof Markup markup) {
            return markup.html();
        }
        if (value == null) {
            return "";
        }
        String text = str(value);
        return escape ? Markup.escapeText(text) : text;
    }

    /** Python's {@code str(value)}. */
    static String str(Object value) {
        if (value instanceof CharSequence || value instanceof Character) {
            return value.toString();
        }
        if (value instanceof SafeString safe) {
            return safe.getValue();
        }
        if (value == null || value == PyNone.INSTANCE) {
            return "None";
        }
        if (value instanceof Boolean b) {
            return b ? "True" : "False";
        }
        if (value instanceof Double || value instanceof Float) {
            return floatRepr(((Number) value).doubleValue());
        }
        if (value instanceof BigDecimal || value instanceof Number) {
            return value.toString();
        }
        if (value instanceof Map<?, ?> map) {
            StringBuilder out = new StringBuilder("{");
            for (Iterator<? extends Map.Entry<?, ?>> it = map.entrySet().iterator(); it.hasNext(); ) {
                Map.Entry<?, ?> e = it.next();
                out.append(repr(e.getKey())).append(": ").append(repr(e.getValue()));
                if (it.hasNext()) {
                    out.append(", ");
                }
            }
            return out.append('}').toString();
        }
        if (value instanceof Map.Entry<?, ?> entry) {
            return "(" + repr(entry.getKey()) + ", " + repr(entry.getValue()) + ")";
        }
        if (value instanceof PyTuple tuple) {
            StringBuilder out = new StringBuilder("(");
            for (int i = 0; i < tuple.size(); i++) {
                out.append(i > 0 ? ", " : "").append(repr(tuple.get(i)));
            }
            return out.append(tuple.size() == 1 ? ",)" : ")").toString();
        }
        if (value instanceof Collection<?> items) {
            boolean set = value instanceof Set;
            if (set && items.isEmpty()) {
                return "set()";
            }
            StringBuilder out = new StringBuilder(set ? "{" : "[");
            for (Iterator<?> it = items.iterator(); it.hasNext(); ) {
                out.append(repr(it.next()));
                if (it.hasNext()) {
                    out.append(", ");
                }
            }
            return out.append(set ? '}' : ']').toString();
        }
        if (value instanceof Object[] array) {
            return str(java.util.Arrays.asList(array));
        }
        return temporal(value);
    }

    /** Python's {@code repr(value)}: strings quoted, the rest as {@link #str}. */
    static String repr(Object value) {
        if (value instanceof CharSequence || value instanceof Character) {
            return quote(value.toString());
        }
        if (value instanceof SafeString safe) {
            return "Markup(" + quote(safe.getValue()) + ")";
        }
        return str(value);
    }

    private static String temporal(Object value) {
        if (value instanceof LocalDateTime t) {
            return t.toLocalDate() + " " + time(t.toLocalTime());
        }
        if (value instanceof LocalDate d) {
            return d.toString();
        }
        if (value instanceof LocalTime t) {
            return time(t);
        }
        if (value instanceof OffsetDateTime t) {
            return t.toLocalDate() + " " + time(t.toLocalTime()) + OFFSET.format(t);
        }
        if (value instanceof ZonedDateTime t) {
            return str(t.toOffsetDateTime());
        }
        if (value instanceof Instant i) {
            return str(i.atOffset(ZoneOffset.UTC));
        }
        return value.toString();
    }

    /** {@code HH:MM:SS}, with {@code .ffffff} microseconds when there are any, as Python's {@code time.isoformat}. */
    static String time(LocalTime t) {
        String hms = String.format("%02d:%02d:%02d", t.getHour(), t.getMinute(), t.getSecond());
        int micros = t.getNano() / 1000;
        return micros == 0 ? hms : hms + String.format(".%06d", micros);
    }

    private static String quote(String s) {
        char q = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder out = new StringBuilder(s.length() + 2).append(q);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c == q) {
                        out.append('\\').append(c);
                    } else if (c < 0x20 || c == 0x7f) {
                        out.append(String.format("\\x%02x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append(q).toString();
    }

    /** Python's {@code repr(float)}: {@code 1.0}, {@code 0.1}, {@code 1e+16}, {@code 1.5e-05}, {@code inf}, {@code nan}. */
    static String floatRepr(double d) {
        if (Double.isNaN(d)) {
            return "nan";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        }
        if (d == 0) {
            return 1 / d < 0 ? "-0.0" : "0.0";
        }
        BigDecimal exact = new BigDecimal(Double.toString(d)).stripTrailingZeros();
        String digits = exact.unscaledValue().abs().toString();
        int exponent = digits.length() - exact.scale() - 1;
        String sign = d < 0 ? "-" : "";
        if (exponent >= -4 && exponent < 16) {
            String plain = exact.abs().toPlainString();
            return sign + (plain.indexOf('.') < 0 ? plain + ".0" : plain);
        }
        String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
        return sign + mantissa + "e" + (exponent < 0 ? "-" : "+") + String.format("%02d", Math.abs(exponent));
    }
}
