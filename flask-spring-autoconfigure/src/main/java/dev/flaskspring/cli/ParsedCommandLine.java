package dev.flaskspring.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.shell.core.command.Command;
import org.springframework.shell.core.command.CommandArgument;
import org.springframework.shell.core.command.CommandOption;
import org.springframework.shell.core.command.ParsedInput;

/**
 * A command line split the way Click splits it: the command words ({@code auth create-user}), then options
 * ({@code --name value}, {@code --name=value}, {@code -n value}, flags) and arguments, with {@code --}
 * ending the options. Options are checked against the ones the command declares.
 */
record ParsedCommandLine(String commandName, Command command, ParsedInput input, boolean helpRequested,
        String usageError) {

    /**
     * Splits {@code argv} against the known commands, by full name. A missing or unknown command leaves
     * {@code command} null with the words read so far as {@code commandName}; a bad option throws
     * {@link UsageError}.
     */
    static ParsedCommandLine parse(List<String> argv, Map<String, Command> commands) {
        List<String> words = new ArrayList<>();
        int i = 0;
        while (i < argv.size() && !argv.get(i).startsWith("-")) {
            String candidate = join(words, argv.get(i));
            if (!commands.containsKey(candidate) && !isGroup(candidate, commands)) {
                break;
            }
            words.add(argv.get(i++));
        }
        String name = String.join(" ", words);
        Command command = commands.get(name);
        ParsedInput.Builder input = ParsedInput.builder().commandName(words.isEmpty() ? "" : words.get(0));
        words.stream().skip(1).forEach(input::addSubCommand);
        boolean help = false;
        int argumentIndex = 0;
        boolean onlyArguments = false;
        for (; i < argv.size(); i++) {
            String word = argv.get(i);
            if (onlyArguments || !word.startsWith("-") || word.equals("-")) {
                input.addArgument(new CommandArgument(argumentIndex++, word));
            } else if (word.equals("--")) {
                onlyArguments = true;
            } else if (word.equals("--help") || (word.equals("-h") && declared(command, word) == null)) {
                help = true;
            } else if (command != null) {
                int eq = word.indexOf('=');
                String optionWord = eq > 0 ? word.substring(0, eq) : word;
                CommandOption declared = declared(command, optionWord);
                if (declared == null) {
                    return failed(name, command, input, "No such option '" + optionWord + "'.");
                }
                String value;
                if (eq > 0) {
                    value = word.substring(eq + 1);
                } else if (isFlag(declared)) {
                    value = "true";
                } else if (i + 1 < argv.size()) {
                    value = argv.get(++i);
                } else {
                    return failed(name, command, input, "Option '" + optionWord + "' requires an argument.");
                }
                input.addOption(CommandOption.with().shortName(declared.shortName())
                        .longName(declared.longName() == null ? "" : declared.longName())
                        .type(declared.type()).value(value).build());
            }
        }
        return new ParsedCommandLine(name, command, input.build(), help, null);
    }

    private static ParsedCommandLine failed(String name, Command command, ParsedInput.Builder input, String error) {
        return new ParsedCommandLine(name, command, input.build(), false, error);
    }

    /** True when some command's full name starts with {@code name} as a group. */
    static boolean isGroup(String name, Map<String, Command> commands) {
        String prefix = name + " ";
        return commands.keySet().stream().anyMatch(n -> n.startsWith(prefix));
    }

    /** The first argument, which names an unknown command when the command words name a group. */
    String firstArgument() {
        return input.arguments().isEmpty() ? null : input.arguments().get(0).value();
    }

    /** The option of {@code command} that {@code word} ({@code --long} or {@code -s}) names, or null. */
    static CommandOption declared(Command command, String word) {
        if (command == null) {
            return null;
        }
        return command.getOptions().stream().filter(o -> o.isOptionEqual(word)).findFirst().orElse(null);
    }

    static boolean isFlag(CommandOption option) {
        return option.type() == boolean.class || option.type() == Boolean.class;
    }

    private static String join(List<String> words, String next) {
        return words.isEmpty() ? next : String.join(" ", words) + " " + next;
    }
}
