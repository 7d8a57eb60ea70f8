package dev.flaskspring.cli;

import dev.flaskspring.Flask;
import dev.flaskspring.ctx.AppContext;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.nio.charset.Charset;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.convert.ConversionException;
import org.springframework.core.convert.support.DefaultConversionService;
import org.springframework.shell.core.command.Command;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.CommandExecutionException;
import org.springframework.shell.core.command.CommandOption;
import org.springframework.shell.core.command.CommandRegistry;
import org.springframework.shell.core.command.ExitStatus;

/**
 * The {@code flask} command of one app; Flask's {@code FlaskGroup}. It knows the built-in commands
 * ({@code routes}, {@code run}, {@code shell}) and the app's own ({@code app.cli()}, with blueprint groups),
 * parses a command line as Click does, runs the command inside an app context and answers with the exit
 * status: 0 done, 1 failed, 2 usage error. {@code help} and {@code --help} list every command.
 */
public final class FlaskCli {

    /** Runs a command line; the answer is its exit status and the exception that ended it, if any. */
    record Outcome(int exitCode, Throwable exception) {
    }

    private final Flask app;
    private final CliHelp help;
    private final String program;

    /** The command line of {@code app}; {@code program} is how usage lines name it ({@code flask}). */
    public FlaskCli(Flask app, String program) {
        this.app = app;
        this.program = program;
        this.help = new CliHelp(program);
    }

    /** Every command by full name: built-ins first, then the app's; the first of a name wins, as in Flask. */
    public Map<String, Command> commands() {
        Map<String, Command> all = new LinkedHashMap<>();
        for (Command builtIn : List.of(new RoutesCommand(app), new RunCommand(this::serve), new ShellCommand(app))) {
            all.put(builtIn.getName(), builtIn);
        }
        for (Command command : app.cli().flatten("", "")) {
            all.putIfAbsent(command.getName(), command);
        }
        return all;
    }

    /**
     * Runs {@code args} with standard output, error and input, printing a failed command's stack trace;
     * the process's {@code main}.
     */
    public int main(List<String> args, PrintStream out, PrintStream err, InputStream in) {
        Outcome outcome = execute(args, out, err, in, Charset.defaultCharset());
        if (outcome.exception() != null) {
            err.println("Error: " + outcome.exception());
            outcome.exception().printStackTrace(err);
            err.flush();
        }
        return outcome.exitCode();
    }

    /** Runs {@code args}, writing text in {@code charset}; an exception of the command is returned, not printed. */
    Outcome execute(List<String> args, PrintStream outStream, PrintStream errStream, InputStream in, Charset charset) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(outStream, charset), true);
        PrintWriter err = errStream == outStream ? out : new PrintWriter(new OutputStreamWriter(errStream, charset), true);
        try {
            return execute(args, out, err, new LineInputReader(in, outStream, errStream, out));
        } finally {
            out.flush();
            err.flush();
        }
    }

    private Outcome execute(List<String> args, PrintWriter out, PrintWriter err, LineInputReader in) {
        Map<String, Command> commands = commands();
        if (args.isEmpty()) {
            help.printGroup(err, "", description(), commands.values());
            return new Outcome(2, null);
        }
        String first = args.get(0);
        if (first.equals("--help") || first.equals("-h") || first.equals("help")) {
            return help(args.subList(1, args.size()), commands, out, err);
        }
        ParsedCommandLine line = ParsedCommandLine.parse(args, commands);
        if (line.command() == null) {
            return noCommand(line, commands, first, out, err);
        }
        if (line.usageError() != null) {
            return usageError(err, line.commandName(), line.command(), line.usageError());
        }
        if (line.helpRequested()) {
            help.printCommand(out, line.command());
            return new Outcome(0, null);
        }
        String invalid = checkOptions(line);
        if (invalid == null) {
            invalid = checkArguments(line);
        }
        if (invalid != null) {
            return usageError(err, line.commandName(), line.command(), invalid);
        }
        return run(line, commands, out, err, in);
    }

    private Outcome run(ParsedCommandLine line, Map<String, Command> commands, PrintWriter out, PrintWriter err,
            LineInputReader in) {
        CommandContext context = new CommandContext(line.input(), new CommandRegistry(new HashSet<>(commands.values())),
                out, in);
        try (AppContext ignored = app.appContext()) {
            ExitStatus status = line.command().execute(context);
            out.flush();
            return new Outcome(exitCode(status), null);
        } catch (Exception e) {
            out.flush();
            Throwable cause = unwrap(e);
            if (cause instanceof UsageError || cause instanceof ConversionException) {
                return usageError(err, line.commandName(), line.command(), cause.getMessage());
            }
            if (cause instanceof ClickException failed) {
                err.println("Error: " + failed.getMessage());
                err.flush();
                return new Outcome(1, null);
            }
            return new Outcome(1, cause);
        }
    }

    private Outcome help(List<String> names, Map<String, Command> commands, PrintWriter out, PrintWriter err) {
        String name = String.join(" ", names);
        if (name.isEmpty()) {
            help.printGroup(out, "", description(), commands.values());
        } else if (commands.containsKey(name)) {
            help.printCommand(out, commands.get(name));
        } else if (ParsedCommandLine.isGroup(name, commands)) {
            help.printGroup(out, name, "", commandsOf(name, commands));
        } else {
            return usageError(err, "", null, "No such command '" + name + "'.");
        }
        return new Outcome(0, null);
    }

    private Outcome noCommand(ParsedCommandLine line, Map<String, Command> commands, String first, PrintWriter out,
            PrintWriter err) {
        String group = line.commandName();
        if (group.isEmpty()) {
            return usageError(err, "", null, "No such command '" + first + "'.");
        }
        if (line.firstArgument() != null) {
            return usageError(err, group, null, "No such command '" + line.firstArgument() + "'.");
        }
        if (line.helpRequested()) {
            help.printGroup(out, group, "", commandsOf(group, commands));
            return new Outcome(0, null);
        }
        help.printGroup(err, group, "", commandsOf(group, commands));
        return new Outcome(2, null);
    }

    /** Click's checks before a command runs: required options given, typed values convertible. */
    static String checkOptions(ParsedCommandLine line) {
        for (CommandOption declared : line.command().getOptions()) {
            CommandOption given = line.input().options().stream()
                    .filter(o -> o.shortName() == declared.shortName()
                            && String.valueOf(o.longName()).equals(String.valueOf(declared.longName())))
                    .findFirst().orElse(null);
            if (given == null) {
                if (Boolean.TRUE.equals(declared.required())) {
                    return "Missing option '" + display(declared) + "'.";
                }
                continue;
            }
            String invalid = convertible(declared, given.value());
            if (invalid != null) {
                return invalid;
            }
        }
        return null;
    }

    /**
     * Click's checks of positional arguments, for a command that declares them: each required one given,
     * none left over, each value convertible to its type.
     */
    private static String checkArguments(ParsedCommandLine line) {
        List<CliArgument> declared = ActionCommand.declaredArguments(line.command());
        if (declared == null) {
            return null;
        }
        List<String> given = line.input().arguments().stream().map(a -> a.value()).toList();
        for (int i = 0; i < declared.size(); i++) {
            CliArgument argument = declared.get(i);
            if (i >= given.size()) {
                return argument.required() ? "Missing argument '" + argument.name() + "'." : null;
            }
            String invalid = convertible(argument.name(), argument.type(), given.get(i));
            if (invalid != null) {
                return invalid;
            }
        }
        if (given.size() > declared.size()) {
            List<String> extra = given.subList(declared.size(), given.size());
            return "Got unexpected extra argument" + (extra.size() == 1 ? "" : "s") + " (" + String.join(" ", extra)
                    + ")";
        }
        return null;
    }

    private static String convertible(CommandOption option, String value) {
        return convertible(display(option), option.type(), value);
    }

    private static String convertible(String hint, Class<?> type, String value) {
        if (type == null || type == Object.class || type == String.class) {
            return null;
        }
        try {
            DefaultConversionService.getSharedInstance().convert(value, type);
            return null;
        } catch (ConversionException e) {
            return "Invalid value for '" + hint + "': '" + value + "' is not a valid " + CliArgument.typeName(type)
                    + ".";
        }
    }

    private static String display(CommandOption option) {
        return option.longName() != null && !option.longName().isEmpty() ? "--" + option.longName()
                : "-" + option.shortName();
    }

    /** Click's usage error for {@code command}, or for the group {@code commandName} when it is null. */
    private Outcome usageError(PrintWriter err, String commandName, Command command, String message) {
        help.printUsageError(err, commandName, command, message);
        return new Outcome(2, null);
    }

    private static List<Command> commandsOf(String group, Map<String, Command> commands) {
        return commands.values().stream().filter(c -> c.getName().startsWith(group + " ")).toList();
    }

    private String description() {
        return "Commands of the Flask application '" + app.name() + "'.";
    }

    /** Spring Shell's statuses as process statuses: OK 0, usage error 2, other failures 1. */
    static int exitCode(ExitStatus status) {
        if (status == null || status.code() == 0) {
            return 0;
        }
        if (status.code() == ExitStatus.USAGE_ERROR.code()) {
            return 2;
        }
        return status.code() > 0 ? status.code() : 1;
    }

    private static Throwable unwrap(Throwable e) {
        Throwable t = e;
        while ((t instanceof InvocationTargetException || t instanceof CommandExecutionException)
                && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    /** Serves {@code run}'s arguments on the standalone server, on Flask's 127.0.0.1:5000 unless given. */
    private void serve(RunArguments run) {
        app.run(run.host() == null ? "127.0.0.1" : run.host(), run.port() == null ? 5000 : run.port(), run.options());
    }

    /** How usage lines name this command line. */
    public String program() {
        return program;
    }

    Flask app() {
        return app;
    }
}
