package dev.flaskspring.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a {@code .env}/{@code .flaskenv} file as python-dotenv does (Flask's {@code load_dotenv}):
 * {@code [export] KEY=value}, single-quoted values literal, double-quoted values with escapes and
 * several lines, unquoted values ending at {@code " #"}, and {@code ${VAR}} / {@code ${VAR:-default}}
 * expanded outside single quotes. A line that does not parse is reported with its file and number.
 */
public final class DotEnvFile {

    /** The variables read, in file order, and a message for each line that could not be read. */
    public record Result(Map<String, String> values, List<String> problems) {
    }

    private static final Pattern KEY = Pattern.compile("\\s*(?:export\\s+)?([A-Za-z_][A-Za-z0-9_.\\-]*)\\s*");
    private static final Pattern EXPANSION = Pattern.compile("\\$\\{([^}:]+)(?::-([^}]*))?}");

    private DotEnvFile() {
    }

    /** Parses {@code file}; {@code lookup} resolves {@code ${VAR}} not defined earlier in the file. */
    public static Result read(Path file, Function<String, String> lookup) throws IOException {
        return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString(), lookup);
    }

    /** Parses dotenv text; {@code source} names it in problem messages. */
    public static Result parse(String text, String source, Function<String, String> lookup) {
        Map<String, String> values = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            int lineNumber = i + 1;
            Matcher key = KEY.matcher(line);
            if (!key.lookingAt()) {
                problems.add(source + ":" + lineNumber + ": could not parse '" + trimmed + "'");
                continue;
            }
            String name = key.group(1);
            String rest = line.substring(key.end());
            if (rest.isBlank() || rest.strip().startsWith("#")) {
                continue;
            }
            if (!rest.startsWith("=")) {
                problems.add(source + ":" + lineNumber + ": expected '=' after " + name);
                continue;
            }
            String raw = rest.substring(1).stripLeading();
            if (raw.startsWith("'") || raw.startsWith("\"")) {
                char quote = raw.charAt(0);
                StringBuilder value = new StringBuilder(raw.substring(1));
                int end = closingQuote(value, quote);
                while (end < 0 && i + 1 < lines.length) {
                    value.append('\n').append(lines[++i]);
                    end = closingQuote(value, quote);
                }
                if (end < 0) {
                    problems.add(source + ":" + lineNumber + ": unterminated " + quote + " quote for " + name);
                    continue;
                }
                String after = value.substring(end + 1).strip();
                if (!after.isEmpty() && !after.startsWith("#")) {
                    problems.add(source + ":" + lineNumber + ": unexpected text after the quoted value of " + name);
                    continue;
                }
                String inner = value.substring(0, end);
                values.put(name, quote == '\'' ? inner.replace("\\'", "'").replace("\\\\", "\\")
                        : expand(unescape(inner), values, lookup));
            } else {
                int comment = raw.indexOf(" #");
                String value = (comment >= 0 ? raw.substring(0, comment) : raw).strip();
                values.put(name, expand(value, values, lookup));
            }
        }
        return new Result(values, problems);
    }

    private static int closingQuote(CharSequence s, char quote) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == quote) {
                return i;
            }
        }
        return -1;
    }

    private static String unescape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                switch (n) {
                    case 'n' -> out.append('\n');
                    case 't' -> out.append('\t');
                    case 'r' -> out.append('\r');
                    case '"' -> out.append('"');
                    case '\\' -> out.append('\\');
                    default -> out.append('\\').append(n);
                }
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String expand(String value, Map<String, String> earlier, Function<String, String> lookup) {
        Matcher m = EXPANSION.matcher(value);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String found = lookup.apply(m.group(1));
            if (found == null) {
                found = earlier.get(m.group(1));
            }
            if (found == null || found.isEmpty()) {
                found = m.group(2) == null ? "" : m.group(2);
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(found));
        }
        m.appendTail(sb);
        return sb.toString();
    }
}
