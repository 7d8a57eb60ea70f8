package dev.flaskspring.cli;

import org.springframework.shell.core.command.CommandContext;

/**
 * The body of a command added with {@link AppGroup#command}; the function under Flask's
 * {@code @app.cli.command()}. It writes to {@code context.outputWriter()} ({@code click.echo}), reads
 * options and arguments from the context, and runs inside an app context.
 */
@FunctionalInterface
public interface CliAction {

    /** Runs the command; a {@link UsageError} exits with 2, any other exception with 1. */
    void run(CommandContext context) throws Exception;
}
