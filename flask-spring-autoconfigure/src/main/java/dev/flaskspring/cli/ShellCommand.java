package dev.flaskspring.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.springframework.shell.core.command.AbstractCommand;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.ExitStatus;

/**
 * {@code shell}: an interactive session, inside the app context, that runs the app's commands line by line
 * until {@code exit}, {@code quit} or the end of input; Flask's {@code shell_command}.
 */
final class ShellCommand extends AbstractCommand {

    private final FlaskCli cli;

    ShellCommand(FlaskCli cli) {
        super("shell", "Run a shell in the app context.", "", "", false);
        this.cli = cli;
    }

    @Override
    public ExitStatus doExecute(CommandContext context) throws IOException {
        PrintWriter out = context.outputWriter();
        BufferedReader in = ((LineInputReader) context.inputReader()).reader();
        out.println("App: " + cli.app().name());
        out.println("Instance: " + cli.app().instancePath().toAbsolutePath());
        out.println("Type 'help' for the commands, 'exit' to leave.");
        while (true) {
            out.print(cli.app().name() + "> ");
            out.flush();
            String line = in.readLine();
            if (line == null) {
                out.println();
                break;
            }
            List<String> words = split(line.strip());
            if (words.isEmpty()) {
                continue;
            }
            if (words.equals(List.of("exit")) || words.equals(List.of("quit"))) {
                break;
            }
            if (words.get(0).equals("shell")) {
                out.println("Already in the shell.");
                continue;
            }
            FlaskCli.Outcome outcome = cli.execute(words, out, out, in);
            if (outcome.exception() != null) {
                out.println("Error: " + outcome.exception());
            }
        }
        out.flush();
        return ExitStatus.OK;
    }

    /** Splits a line into words as a POSIX shell does for plain, single- and double-quoted words. */
    static List<String> split(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder word = null;
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else if (c == '\\' && quote == '"' && i + 1 < line.length()) {
                    word.append(line.charAt(++i));
                } else {
                    word.append(c);
                }
            } else if (Character.isWhitespace(c)) {
                if (word != null) {
                    words.add(word.toString());
                    word = null;
                }
            } else {
                if (word == null) {
                    word = new StringBuilder();
                }
                if (c == '"' || c == '\'') {
                    quote = c;
                } else if (c == '\\' && i + 1 < line.length()) {
                    word.append(line.charAt(++i));
                } else {
                    word.append(c);
                }
            }
        }
        if (word != null) {
            words.add(word.toString());
        }
        return words;
    }
}
