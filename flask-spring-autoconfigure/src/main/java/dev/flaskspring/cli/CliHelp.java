package dev.flaskspring.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.springframework.shell.core.command.Command;
import org.springframework.shell.core.command.CommandOption;

/** The help and usage texts of the command line, laid out as Click lays out {@code flask --help}. */
final class CliHelp {

    private static final String HELP_OPTION = "Show this message and exit.";

    private final String program;

    CliHelp(String program) {
        this.program = program;
    }

    /** {@code flask --help}: usage, the description, and every command with its one-line help. */
    void printGroup(PrintWriter out, String groupName, String description, Collection<Command> commands) {
        out.println("Usage: " + usagePrefix(groupName) + "[OPTIONS] COMMAND [ARGS]...");
        if (description != null && !description.isEmpty()) {
            out.println();
            out.println("  " + description);
        }
        out.println();
        out.println("Options:");
        List<String[]> options = new ArrayList<>();
        if (groupName.isEmpty()) {
            options.add(new String[] {"--debug / --no-debug", "Set debug mode."});
            options.add(new String[] {"--name=value", "A Spring Boot property, e.g. --server.port=8081."});
        }
        options.add(new String[] {"--help", HELP_OPTION});
        printTable(out, options);
        out.println();
        out.println("Commands:");
        List<String[]> rows = new ArrayList<>();
        String prefix = groupName.isEmpty() ? "" : groupName + " ";
        commands.stream().filter(c -> !c.isHidden()).map(Command::getName).sorted().forEach(name -> {
            Command command = commands.stream().filter(c -> c.getName().equals(name)).findFirst().orElseThrow();
            rows.add(new String[] {name.substring(prefix.length()), describe(command)});
        });
        printTable(out, rows);
        out.flush();
    }

    /** {@code flask routes --help}: usage, the description and the options of one command. */
    void printCommand(PrintWriter out, Command command) {
        out.println("Usage: " + usagePrefix(command.getName()) + "[OPTIONS]" + argumentsUsage(command));
        String description = describe(command);
        if (!description.isEmpty()) {
            out.println();
            out.println("  " + description);
        }
        List<CliArgument> arguments = ActionCommand.declaredArguments(command);
        if (arguments != null && arguments.stream().anyMatch(a -> !a.description().isEmpty())) {
            out.println();
            out.println("Arguments:");
            printTable(out, arguments.stream().map(a -> new String[] {a.name(), a.description()}).toList());
        }
        out.println();
        out.println("Options:");
        List<String[]> rows = new ArrayList<>();
        for (CommandOption option : command.getOptions()) {
            rows.add(new String[] {optionColumn(option), option.description() == null ? "" : option.description()});
        }
        rows.add(new String[] {"--help", HELP_OPTION});
        printTable(out, rows);
        out.flush();
    }

    /** Click's usage error: the usage line, where to find help, and {@code Error: message}. */
    void printUsageError(PrintWriter err, String commandName, Command command, String message) {
        err.println("Usage: " + usagePrefix(commandName)
                + (command == null ? "[OPTIONS] COMMAND [ARGS]..." : "[OPTIONS]" + argumentsUsage(command)));
        String helpCommand = commandName.isEmpty() ? program + " help" : program + " " + commandName + " --help";
        err.println("Try '" + helpCommand + "' for help.");
        err.println();
        err.println("Error: " + message);
        err.flush();
    }

    private String usagePrefix(String name) {
        return program + " " + (name.isEmpty() ? "" : name + " ");
    }

    /** The one-line help: the description, with Spring Shell's "N/A" for none left out. */
    static String describe(Command command) {
        String description = command.getDescription();
        return description == null || description.equals("N/A") ? "" : description;
    }

    /** What the usage line shows after {@code [OPTIONS]}: the declared arguments, else {@code [ARGS]...} or nothing. */
    private static String argumentsUsage(Command command) {
        List<CliArgument> declared = ActionCommand.declaredArguments(command);
        if (declared != null) {
            return declared.stream().map(a -> " " + a.usage()).reduce("", String::concat);
        }
        return !(command instanceof ActionCommand) && command.getOptions().isEmpty() ? " [ARGS]..." : "";
    }

    private static String optionColumn(CommandOption option) {
        List<String> names = new ArrayList<>();
        if (option.shortName() != ' ') {
            names.add("-" + option.shortName());
        }
        if (option.longName() != null && !option.longName().isEmpty()) {
            names.add("--" + option.longName());
        }
        String column = String.join(", ", names);
        if (!ParsedCommandLine.isFlag(option)) {
            column += " " + metavar(option.type());
        }
        return column;
    }

    private static String metavar(Class<?> type) {
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return "INTEGER";
        }
        if (type == double.class || type == Double.class || type == float.class || type == Float.class) {
            return "FLOAT";
        }
        if (type == null || type == String.class || type == Object.class) {
            return "TEXT";
        }
        return type.getSimpleName().toUpperCase(Locale.ROOT);
    }

    private static void printTable(PrintWriter out, List<String[]> rows) {
        int width = rows.stream().mapToInt(r -> r[0].length()).max().orElse(0);
        for (String[] row : rows) {
            String line = "  " + row[0] + (row[1].isEmpty() ? "" : " ".repeat(width - row[0].length() + 2) + row[1]);
            out.println(line);
        }
    }
}
