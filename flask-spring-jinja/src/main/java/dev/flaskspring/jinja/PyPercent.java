package dev.flaskspring.jinja;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Python's printf-style formatting, {@code "%s of %d" % (a, b)} and {@code "%(name)s" % mapping}: the conversions
 * {@code s r d i f F e E g G x X o c %} with flags, width and precision.
 */
final class PyPercent {

    private PyPercent() {
    }

    static String format(String template, Object values) {
        List<Object> args = values instanceof List<?> list ? new ArrayList<>(list)
                : List.of(values == null ? "None" : values);
        Map<?, ?> mapping = values instanceof Map<?, ?> map ? map : null;
        StringBuilder out = new StringBuilder(template.length() + 16);
        int next = 0;
        for (int i = 0; i < template.length(); i++) {
            char c = template.charAt(i);
            if (c != '%') {
                out.append(c);
                continue;
            }
            int start = ++i;
            Object value = null;
            boolean named = false;
            if (i < template.length() && template.charAt(i) == '(') {
                int close = template.indexOf(')', i);
                value = mapping == null ? null : mapping.get(template.substring(i + 1, close));
                named = true;
                i = close + 1;
                start = i;
            }
            while (i < template.length() && "#0- +.0123456789".indexOf(template.charAt(i)) >= 0) {
                i++;
            }
            if (i >= template.length()) {
                throw new TemplateRuntimeError("incomplete format", null);
            }
            char type = template.charAt(i);
            if (type == '%') {
                out.append('%');
                continue;
            }
            if (!named) {
                if (next >= args.size()) {
                    throw new TemplateRuntimeError("not enough arguments for format string", null);
                }
                value = args.get(next++);
            }
            String flags = template.substring(start, i);
            value = PyValues.toJava(value);
            out.append(switch (type) {
                case 's' -> String.format("%" + flags + "s", PyStr.str(value));
                case 'r' -> String.format("%" + flags + "s", PyStr.repr(value));
                case 'd', 'i' -> String.format(Locale.ROOT, "%" + flags + "d", ((Number) value).longValue());
                case 'f', 'F', 'e', 'E', 'g', 'G' -> String.format(Locale.ROOT, "%" + flags + type,
                        ((Number) value).doubleValue());
                case 'x', 'X', 'o' -> String.format("%" + flags + type, ((Number) value).longValue());
                case 'c' -> value instanceof Number n ? String.valueOf((char) n.intValue()) : PyStr.str(value);
                default -> throw new TemplateRuntimeError("unsupported format character '" + type + "'", null);
            });
        }
        return out.toString();
    }
}
