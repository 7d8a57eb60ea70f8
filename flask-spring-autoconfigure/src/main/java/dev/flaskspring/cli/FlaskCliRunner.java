package dev.flaskspring.cli;

import dev.flaskspring.Flask;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;

/** Runs the app's command line in-process and captures what it prints; Flask's {@code FlaskCliRunner}. */
public final class FlaskCliRunner {

    private final FlaskCli cli;

    /** A runner for {@code app}'s commands; Flask's {@code app.test_cli_runner()}. */
    public FlaskCliRunner(Flask app) {
        this.cli = new FlaskCli(app, "flask");
    }

    /** Runs {@code args} ({@code "routes", "--sort", "rule"}) with no input. */
    public CliResult invoke(String... args) {
        return invokeWithInput("", args);
    }

    /** Runs {@code args} with {@code input} as standard input, for commands that prompt and for {@code shell}. */
    public CliResult invokeWithInput(String input, String... args) {
        StringWriter output = new StringWriter();
        PrintWriter writer = new PrintWriter(output, true);
        FlaskCli.Outcome outcome = cli.execute(List.of(args), writer, writer,
                new BufferedReader(new StringReader(input)));
        writer.flush();
        return new CliResult(outcome.exitCode(), output.toString(), outcome.exception());
    }
}
