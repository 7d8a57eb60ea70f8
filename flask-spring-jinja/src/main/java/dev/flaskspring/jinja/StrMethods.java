package dev.flaskspring.jinja;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The methods of Python's {@code str} that templates call: {@code name.upper()}, {@code path.startswith('/admin')},
 * {@code '{} items'.format(n)}, {@code ', '.join(tags)} and the rest of the common ones, with Python's results.
 */
final class StrMethods {

    private StrMethods() {
    }

    /** Whether {@code str} has a method called {@code name} here. */
    static boolean has(String name) {
        return switch (name) {
            case "upper", "lower", "title", "capitalize", "swapcase", "casefold", "strip", "lstrip", "rstrip",
                    "startswith", "endswith", "replace", "split", "rsplit", "splitlines", "join", "format", "count",
                    "find", "rfind", "index", "isdigit", "isnumeric", "isdecimal", "isalpha", "isalnum", "isspace",
                    "isupper", "islower", "istitle", "zfill", "center", "ljust", "rjust", "partition",
                    "removeprefix", "removesuffix" -> true;
            default -> false;
        };
    }

    /** Calls {@code s.name(args, **kwargs)}. */
    static Object call(String s, String name, List<Object> args, Map<String, Object> kwargs) {
        return switch (name) {
            case "upper" -> s.toUpperCase(Locale.ROOT);
            case "lower", "casefold" -> s.toLowerCase(Locale.ROOT);
            case "title" -> title(s);
            case "capitalize" -> s.isEmpty() ? s
                    : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1).toLowerCase(Locale.ROOT);
            case "swapcase" -> swapcase(s);
            case "strip" -> strip(s, chars(args), true, true);
            case "lstrip" -> strip(s, chars(args), true, false);
            case "rstrip" -> strip(s, chars(args), false, true);
            case "startswith" -> affix(s, arg(args, 0), true);
            case "endswith" -> affix(s, arg(args, 0), false);
            case "replace" -> replace(s, PyStr.str(arg(args, 0)), PyStr.str(arg(args, 1)),
                    args.size() > 2 ? ((Number) args.get(2)).intValue() : -1);
            case "split" -> split(s, args.isEmpty() ? kwargs.get("sep") : args.get(0),
                    args.size() > 1 ? ((Number) args.get(1)).intValue() : -1);
            case "rsplit" -> rsplit(s, args.isEmpty() ? null : args.get(0),
                    args.size() > 1 ? ((Number) args.get(1)).intValue() : -1);
            case "splitlines" -> List.of(s.split("\r\n|\r|\n", -1)).subList(0, lineCount(s));
            case "join" -> join(s, arg(args, 0));
            case "format" -> PyFormat.format(s, args, kwargs);
            case "count" -> count(s, PyStr.str(arg(args, 0)));
            case "find" -> (long) s.indexOf(PyStr.str(arg(args, 0)));
            case "rfind" -> (long) s.lastIndexOf(PyStr.str(arg(args, 0)));
            case "index" -> index(s, PyStr.str(arg(args, 0)));
            case "isdigit", "isnumeric", "isdecimal" -> !s.isEmpty() && s.chars().allMatch(Character::isDigit);
            case "isalpha" -> !s.isEmpty() && s.chars().allMatch(Character::isLetter);
            case "isalnum" -> !s.isEmpty() && s.chars().allMatch(Character::isLetterOrDigit);
            case "isspace" -> !s.isEmpty() && s.chars().allMatch(Character::isWhitespace);
            case "isupper" -> s.chars().anyMatch(Character::isLetter) && s.equals(s.toUpperCase(Locale.ROOT));
            case "islower" -> s.chars().anyMatch(Character::isLetter) && s.equals(s.toLowerCase(Locale.ROOT));
            case "istitle" -> s.chars().anyMatch(Character::isLetter) && s.equals(title(s));
            case "zfill" -> zfill(s, ((Number) arg(args, 0)).intValue());
            case "center", "ljust", "rjust" -> pad(s, name, ((Number) arg(args, 0)).intValue(),
                    args.size() > 1 ? PyStr.str(args.get(1)).charAt(0) : ' ');
            case "partition" -> partition(s, PyStr.str(arg(args, 0)));
            case "removeprefix" -> s.startsWith(PyStr.str(arg(args, 0)))
                    ? s.substring(PyStr.str(arg(args, 0)).length()) : s;
            case "removesuffix" -> !PyStr.str(arg(args, 0)).isEmpty() && s.endsWith(PyStr.str(arg(args, 0)))
                    ? s.substring(0, s.length() - PyStr.str(arg(args, 0)).length()) : s;
            default -> throw new TemplateRuntimeError("'str' object has no attribute '" + name + "'", null);
        };
    }

    private static Object arg(List<Object> args, int i) {
        if (i >= args.size()) {
            throw new TemplateRuntimeError("str method is missing argument " + (i + 1), null);
        }
        return args.get(i);
    }

    private static String chars(List<Object> args) {
        return args.isEmpty() || args.get(0) == null ? null : PyStr.str(args.get(0));
    }

    /** Python's {@code str.title}: a letter after a non-letter is upper case, the others lower case. */
    static String title(String s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean previousCased = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            out.append(previousCased ? Character.toLowerCase(c) : Character.toUpperCase(c));
            previousCased = Character.isLetter(c);
        }
        return out.toString();
    }

    private static String swapcase(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            out.append(Character.isUpperCase(c) ? Character.toLowerCase(c) : Character.toUpperCase(c));
        }
        return out.toString();
    }

    static String strip(String s, String chars, boolean left, boolean right) {
        int start = 0;
        int end = s.length();
        while (left && start < end && stripped(s.charAt(start), chars)) {
            start++;
        }
        while (right && end > start && stripped(s.charAt(end - 1), chars)) {
            end--;
        }
        return s.substring(start, end);
    }

    private static boolean stripped(char c, String chars) {
        return chars == null ? Character.isWhitespace(c) : chars.indexOf(c) >= 0;
    }

    private static boolean affix(String s, Object affix, boolean prefix) {
        if (affix instanceof Collection<?> options) {
            for (Object option : options) {
                if (affix(s, option, prefix)) {
                    return true;
                }
            }
            return false;
        }
        String a = PyStr.str(affix);
        return prefix ? s.startsWith(a) : s.endsWith(a);
    }

    private static String replace(String s, String old, String replacement, int count) {
        if (count < 0) {
            return s.replace(old, replacement);
        }
        StringBuilder out = new StringBuilder();
        int from = 0;
        for (int n = 0; n < count; n++) {
            int at = s.indexOf(old, from);
            if (at < 0) {
                break;
            }
            out.append(s, from, at).append(replacement);
            from = at + old.length();
        }
        return out.append(s.substring(from)).toString();
    }

    private static List<Object> split(String s, Object sep, int maxsplit) {
        List<Object> out = new ArrayList<>();
        if (sep == null) {
            String rest = strip(s, null, true, false);
            while (!rest.isEmpty()) {
                if (maxsplit >= 0 && out.size() == maxsplit) {
                    out.add(rest);
                    return out;
                }
                int end = 0;
                while (end < rest.length() && !Character.isWhitespace(rest.charAt(end))) {
                    end++;
                }
                out.add(rest.substring(0, end));
                rest = strip(rest.substring(end), null, true, false);
            }
            return out;
        }
        String separator = PyStr.str(sep);
        if (separator.isEmpty()) {
            throw new TemplateRuntimeError("empty separator", null);
        }
        int from = 0;
        while (maxsplit < 0 || out.size() < maxsplit) {
            int at = s.indexOf(separator, from);
            if (at < 0) {
                break;
            }
            out.add(s.substring(from, at));
            from = at + separator.length();
        }
        out.add(s.substring(from));
        return out;
    }

    private static List<Object> rsplit(String s, Object sep, int maxsplit) {
        if (maxsplit < 0 || sep == null) {
            return split(s, sep, maxsplit);
        }
        String separator = PyStr.str(sep);
        List<Object> out = new ArrayList<>();
        int to = s.length();
        while (out.size() < maxsplit) {
            int at = s.lastIndexOf(separator, to - separator.length());
            if (at < 0) {
                break;
            }
            out.add(0, s.substring(at + separator.length(), to));
            to = at;
        }
        out.add(0, s.substring(0, to));
        return out;
    }

    private static int lineCount(String s) {
        if (s.isEmpty()) {
            return 0;
        }
        int parts = s.split("\r\n|\r|\n", -1).length;
        return s.endsWith("\n") || s.endsWith("\r") ? parts - 1 : parts;
    }

    private static String join(String s, Object items) {
        StringBuilder out = new StringBuilder();
        boolean first = true;
        for (Object item : PyIter.of(items)) {
            if (!first) {
                out.append(s);
            }
            first = false;
            out.append(PyStr.str(item));
        }
        return out.toString();
    }

    private static long count(String s, String sub) {
        if (sub.isEmpty()) {
            return s.length() + 1L;
        }
        long n = 0;
        for (int at = s.indexOf(sub); at >= 0; at = s.indexOf(sub, at + sub.length())) {
            n++;
        }
        return n;
    }

    private static long index(String s, String sub) {
        int at = s.indexOf(sub);
        if (at < 0) {
            throw new TemplateRuntimeError("substring not found", null);
        }
        return at;
    }

    private static String zfill(String s, int width) {
        if (s.length() >= width) {
            return s;
        }
        int signs = !s.isEmpty() && (s.charAt(0) == '-' || s.charAt(0) == '+') ? 1 : 0;
        return s.substring(0, signs) + "0".repeat(width - s.length()) + s.substring(signs);
    }

    private static String pad(String s, String how, int width, char fill) {
        int missing = width - s.length();
        if (missing <= 0) {
            return s;
        }
        String f = String.valueOf(fill);
        return switch (how) {
            case "ljust" -> s + f.repeat(missing);
            case "rjust" -> f.repeat(missing) + s;
            default -> {
                int left = missing / 2 + (missing & width & 1);
                yield f.repeat(left) + s + f.repeat(missing - left);
            }
        };
    }

    private static List<Object> partition(String s, String sep) {
        int at = s.indexOf(sep);
        return at < 0 ? List.of(s, "", "") : List.of(s.substring(0, at), sep, s.substring(at + sep.length()));
    }
}
