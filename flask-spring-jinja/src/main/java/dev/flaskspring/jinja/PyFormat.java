package dev.flaskspring.jinja;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Python's {@code str.format}: {@code {}}, {@code {0}}, {@code {name}}, {@code {user.name}}, {@code {0[key]}},
 * {@code !r}/{@code !s}, and format specs {@code [[fill]align][sign][0][width][,][.precision][type]} with the types
 * {@code s d f F e E % x X o b}.
 */
final class PyFormat {

    private PyFormat() {
    }

    static String format(String template, List<Object> args, Map<String, Object> kwargs) {
        StringBuilder out = new StringBuilder(template.length() + 16);
        int auto = 0;
        for (int i = 0; i < template.length(); i++) {
            char c = template.charAt(i);
            if (c == '}') {
                if (i + 1 < template.length() && template.charAt(i + 1) == '}') {
                    i++;
                }
                out.append('}');
                continue;
            }
            if (c != '{') {
                out.append(c);
                continue;
            }
            if (i + 1 < template.length() && template.charAt(i + 1) == '{') {
                out.append('{');
                i++;
                continue;
            }
            int end = template.indexOf('}', i);
            if (end < 0) {
                throw new TemplateRuntimeError("Single '{' encountered in format string", null);
            }
            String field = template.substring(i + 1, end);
            i = end;
            String spec = "";
            int colon = field.indexOf(':');
            if (colon >= 0) {
                spec = field.substring(colon + 1);
                field = field.substring(0, colon);
            }
            char conversion = 0;
            int bang = field.indexOf('!');
            if (bang >= 0) {
                conversion = field.charAt(bang + 1);
                field = field.substring(0, bang);
            }
            Object value;
            String rest;
            int split = firstAccessor(field);
            String head = field.substring(0, split);
            rest = field.substring(split);
            if (head.isEmpty()) {
                value = args.get(auto++);
            } else if (head.chars().allMatch(Character::isDigit)) {
                value = args.get(Integer.parseInt(head));
            } else if (kwargs.containsKey(head)) {
                value = kwargs.get(head);
            } else {
                throw new TemplateRuntimeError("KeyError: '" + head + "'", null);
            }
            value = access(value, rest);
            if (conversion == 'r') {
                value = PyStr.repr(value);
            } else if (conversion == 's') {
                value = PyStr.str(value);
            }
            out.append(formatValue(PyValues.toJava(value), spec));
        }
        return out.toString();
    }

    private static int firstAccessor(String field) {
        for (int i = 0; i < field.length(); i++) {
            if (field.charAt(i) == '.' || field.charAt(i) == '[') {
                return i;
            }
        }
        return field.length();
    }

    private static Object access(Object value, String accessors) {
        int i = 0;
        while (i < accessors.length()) {
            if (accessors.charAt(i) == '.') {
                int next = firstAccessor(accessors.substring(i + 1)) + i + 1;
                value = PythonResolver.attribute(value, accessors.substring(i + 1, next));
                i = next;
            } else {
                int close = accessors.indexOf(']', i);
                String key = accessors.substring(i + 1, close);
                value = PythonResolver.item(value, key.chars().allMatch(Character::isDigit) && !key.isEmpty()
                        ? (Object) Long.valueOf(key) : key);
                i = close + 1;
            }
        }
        return value;
    }

    /** Formats one value with a Python format spec. */
    static String formatValue(Object value, String spec) {
        if (spec.isEmpty()) {
            return PyStr.str(value);
        }
        int i = 0;
        char fill = ' ';
        char align = 0;
        if (spec.length() > 1 && "<>^=".indexOf(spec.charAt(1)) >= 0) {
            fill = spec.charAt(0);
            align = spec.charAt(1);
            i = 2;
        } else if ("<>^=".indexOf(spec.charAt(0)) >= 0) {
            align = spec.charAt(0);
            i = 1;
        }
        char sign = '-';
        if (i < spec.length() && "+- ".indexOf(spec.charAt(i)) >= 0) {
            sign = spec.charAt(i++);
        }
        if (i < spec.length() && spec.charAt(i) == '0') {
            if (align == 0) {
                fill = '0';
                align = '=';
            }
            i++;
        }
        int width = 0;
        while (i < spec.length() && Character.isDigit(spec.charAt(i))) {
            width = width * 10 + (spec.charAt(i++) - '0');
        }
        boolean grouping = false;
        if (i < spec.length() && (spec.charAt(i) == ',' || spec.charAt(i) == '_')) {
            grouping = true;
            i++;
        }
        int precision = -1;
        if (i < spec.length() && spec.charAt(i) == '.') {
            i++;
            precision = 0;
            while (i < spec.length() && Character.isDigit(spec.charAt(i))) {
                precision = precision * 10 + (spec.charAt(i++) - '0');
            }
        }
        char type = i < spec.length() ? spec.charAt(i) : 0;
        String body;
        boolean negative = false;
        if (value instanceof Number number && type != 's') {
            negative = number.doubleValue() < 0 || (number instanceof BigInteger b && b.signum() < 0);
            body = number(number, type, precision, grouping);
        } else {
            body = PyStr.str(value);
            if (precision >= 0 && body.length() > precision) {
                body = body.substring(0, precision);
            }
        }
        String signText = negative ? "-" : sign == '+' ? "+" : sign == ' ' ? " " : "";
        if (align == 0) {
            align = value instanceof Number && type != 's' ? '>' : '<';
        }
        int missing = width - body.length() - signText.length();
        if (missing <= 0) {
            return signText + body;
        }
        String pad = String.valueOf(fill);
        return switch (align) {
            case '<' -> signText + body + pad.repeat(missing);
            case '^' -> pad.repeat(missing / 2) + signText + body + pad.repeat(missing - missing / 2);
            case '=' -> signText + pad.repeat(missing) + body;
            default -> pad.repeat(missing) + signText + body;
        };
    }

    private static String number(Number number, char type, int precision, boolean grouping) {
        boolean integral = number instanceof Integer || number instanceof Long || number instanceof Short
                || number instanceof Byte || number instanceof BigInteger;
        switch (type) {
            case 'x', 'X', 'o', 'b' -> {
                BigInteger n = new BigInteger(number.toString()).abs();
                String text = n.toString(type == 'o' ? 8 : type == 'b' ? 2 : 16);
                return type == 'X' ? text.toUpperCase(Locale.ROOT) : text;
            }
            case 'd', 'n' -> {
                String text = new BigDecimal(number.toString()).toBigInteger().abs().toString();
                return grouping ? group(text) : text;
            }
            case 'e', 'E' -> {
                String text = String.format(Locale.ROOT, "%." + (precision < 0 ? 6 : precision) + "e",
                        Math.abs(number.doubleValue()));
                text = text.replaceAll("e([+-])(\\d)$", "e$10$2");
                return type == 'E' ? text.toUpperCase(Locale.ROOT) : text;
            }
            case '%' -> {
                BigDecimal scaled = decimal(number).abs().multiply(BigDecimal.valueOf(100))
                        .setScale(precision < 0 ? 6 : precision, RoundingMode.HALF_EVEN);
                return fixed(scaled, grouping) + "%";
            }
            case 'f', 'F' -> {
                return fixed(decimal(number).abs().setScale(precision < 0 ? 6 : precision, RoundingMode.HALF_EVEN),
                        grouping);
            }
            default -> {
                if (precision >= 0 && !integral) {
                    return fixed(decimal(number).abs().setScale(precision, RoundingMode.HALF_EVEN), grouping);
                }
                String text = integral ? new BigInteger(number.toString()).abs().toString()
                        : PyStr.floatRepr(Math.abs(number.doubleValue()));
                return grouping && integral ? group(text) : text;
            }
        }
    }

    private static BigDecimal decimal(Number number) {
        return number instanceof BigDecimal d ? d : new BigDecimal(number.toString());
    }

    private static String fixed(BigDecimal value, boolean grouping) {
        String plain = value.toPlainString();
        if (!grouping) {
            return plain;
        }
        int dot = plain.indexOf('.');
        return dot < 0 ? group(plain) : group(plain.substring(0, dot)) + plain.substring(dot);
    }

    private static String group(String digits) {
        StringBuilder out = new StringBuilder();
        int lead = digits.length() % 3;
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (i - lead) % 3 == 0) {
                out.append(',');
            }
            out.append(digits.charAt(i));
        }
        return out.toString();
    }
}
