package dev.flaskspring.routing;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The arguments of a converter in a rule, {@code int(fixed_digits=4, min=1)}, bound to parameter
 * names; Werkzeug's {@code parse_converter_args}.
 */
final class ConverterArgs {

    private static final Pattern ARG = Pattern.compile(
            "\\s*((?<name>\\w+)\\s*=\\s*)?(?<value>True|False|\\d+.\\d+|\\d+.|\\d+|[\\w\\d_.]+|[urUR]?(?<stringval>\"[^\"]*?\"|'[^']*'))\\s*,");

    private final Map<String, Object> values = new LinkedHashMap<>();

    /** Binds positional {@code args} to {@code names} in order, then {@code kwargs}; unknown names are refused. */
    ConverterArgs(List<Object> args, Map<String, Object> kwargs, String... names) {
        if (args.size() > names.length) {
            throw new IllegalArgumentException("Too many converter arguments: " + args);
        }
        for (int i = 0; i < args.size(); i++) {
            values.put(names[i], args.get(i));
        }
        for (Map.Entry<String, Object> e : kwargs.entrySet()) {
            if (!List.of(names).contains(e.getKey())) {
                throw new IllegalArgumentException("Unexpected converter argument '" + e.getKey() + "'");
            }
            values.put(e.getKey(), e.getValue());
        }
    }

    /** Splits the text between the parentheses into positional and keyword values, as Python literals. */
    static Map.Entry<List<Object>, Map<String, Object>> parse(String argstr) {
        List<Object> args = new ArrayList<>();
        Map<String, Object> kwargs = new LinkedHashMap<>();
        String text = argstr + ",";
        Matcher m = ARG.matcher(text);
        int position = 0;
        while (position < text.length() && m.find(position) && m.start() == position) {
            String value = m.group("stringval") != null ? m.group("stringval") : m.group("value");
            Object v = pythonize(value);
            if (m.group("name") == null) {
                args.add(v);
            } else {
                kwargs.put(m.group("name"), v);
            }
            position = m.end();
        }
        if (position < text.length() && !text.substring(position).isBlank() && !text.substring(position).equals(",")) {
            throw new IllegalArgumentException("Cannot parse converter argument '" + text.substring(position) + "'");
        }
        return Map.entry(args, kwargs);
    }

    private static Object pythonize(String value) {
        switch (value) {
            case "None":
                return null;
            case "True":
                return true;
            case "False":
                return false;
            default:
                break;
        }
        try {
            return IntegerConverter.narrow(new BigInteger(value));
        } catch (NumberFormatException ignored) {
            // not an int
        }
        try {
            if (!value.isEmpty() && (Character.isDigit(value.charAt(0)) || value.charAt(0) == '.' || value.charAt(0) == '-')) {
                return Double.parseDouble(value);
            }
        } catch (NumberFormatException ignored) {
            // not a float
        }
        if (value.length() >= 2 && value.charAt(0) == value.charAt(value.length() - 1) && "\"'".indexOf(value.charAt(0)) >= 0) {
            return value.substring(1, value.length() - 1);
        }
        return value;
    }

    Integer integer(String name) {
        Object v = values.get(name);
        return v == null ? null : ((Number) v).intValue();
    }

    int intOr(String name, int defaultValue) {
        Integer v = integer(name);
        return v == null ? defaultValue : v;
    }

    BigInteger bigInteger(String name) {
        Object v = values.get(name);
        if (v == null) {
            return null;
        }
        return v instanceof BigInteger b ? b : BigInteger.valueOf(((Number) v).longValue());
    }

    Double dbl(String name) {
        Object v = values.get(name);
        return v == null ? null : ((Number) v).doubleValue();
    }

    boolean bool(String name) {
        Object v = values.get(name);
        return v instanceof Boolean b ? b : v != null && !(v instanceof Number n && n.intValue() == 0);
    }
}
