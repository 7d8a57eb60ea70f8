package dev.flaskspring.cli;

import dev.flaskspring.Flask;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
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
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        PrintStream stream = new PrintStream(output, true, StandardCharsets.UTF_8);
        FlaskCli.Outcome outcome = cli.execute(List.of(args), stream, stream,
                new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
        stream.flush();
        return new CliResult(outcome.exitCode(), output.toString(StandardCharsets.UTF_8), outcome.exception());
    }
}
