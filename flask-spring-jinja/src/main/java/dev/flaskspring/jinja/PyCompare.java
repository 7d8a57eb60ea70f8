package dev.flaskspring.jinja;

import com.hubspot.jinjava.objects.SafeString;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Python's ordering, for {@code sort}, {@code min}, {@code max}, {@code groupby} and {@code dictsort}: numbers by
 * value, strings by text (lower-cased unless case-sensitive, as Jinja's {@code ignore_case}), tuples and lists item by
 * item; values Python cannot order raise.
 */
final class PyCompare {

    private PyCompare() {
    }

    static Comparator<Object> ordering(boolean caseSensitive) {
        return (a, b) -> compare(a, b, caseSensitive);
    }

    static int compare(Object a, Object b, boolean caseSensitive) {
        a = PyValues.toJava(a);
        b = PyValues.toJava(b);
        if (isNumeric(a) && isNumeric(b)) {
            return decimal(a).compareTo(decimal(b));
        }
        if (a instanceof CharSequence x && b instanceof CharSequence y) {
            String s = x.toString();
            String t = y.toString();
            return caseSensitive ? s.compareTo(t) : s.toLowerCase(Locale.ROOT).compareTo(t.toLowerCase(Locale.ROOT));
        }
        List<?> x = sequence(a);
        List<?> y = sequence(b);
        if (x != null && y != null) {
            Iterator<?> i = x.iterator();
            Iterator<?> j = y.iterator();
            while (i.hasNext() && j.hasNext()) {
                int c = compare(i.next(), j.next(), caseSensitive);
                if (c != 0) {
                    return c;
                }
            }
            return Boolean.compare(i.hasNext(), j.hasNext());
        }
        throw new TemplateRuntimeError("'<' not supported between instances of '" + type(a) + "' and '" + type(b) + "'",
                null);
    }

    private static List<?> sequence(Object v) {
        if (v instanceof Map.Entry<?, ?> e) {
            return java.util.Arrays.asList(e.getKey(), e.getValue());
        }
        return v instanceof List<?> list ? list : null;
    }

    private static String type(Object v) {
        return v == null ? "NoneType" : v.getClass().getSimpleName();
    }

    private static boolean isNumeric(Object v) {
        return v instanceof Number || v instanceof Boolean;
    }

    private static BigDecimal decimal(Object v) {
        if (v instanceof Boolean b) {
            return b ? BigDecimal.ONE : BigDecimal.ZERO;
        }
        return v instanceof BigDecimal d ? d : new BigDecimal(v.toString());
    }

    /** Whether {@code v} is text for ordering purposes (a string or safe text). */
    static boolean isText(Object v) {
        return v instanceof CharSequence || v instanceof SafeString;
    }
}
