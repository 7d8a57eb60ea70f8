package dev.flaskspring.autoconfigure;

import dev.flaskspring.Flask;
import dev.flaskspring.cli.FlaskCli;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;

/**
 * Runs the {@link FlaskCommandLine} once the application has started and keeps its exit status for
 * {@code SpringApplication.exit}; the {@code flask} command of a Boot jar. Without a command line it does
 * nothing; being the application's runner, it also keeps Spring Shell's own interactive runner from starting.
 */
public class FlaskCommandLineRunner implements ApplicationRunner, ExitCodeGenerator {

    private final Flask app;
    private final ObjectProvider<FlaskCommandLine> commandLine;
    private int exitCode;

    /** A runner of the command line, if any, on {@code app}. */
    public FlaskCommandLineRunner(Flask app, ObjectProvider<FlaskCommandLine> commandLine) {
        this.app = app;
        this.commandLine = commandLine;
    }

    @Override
    public void run(ApplicationArguments ignored) {
        FlaskCommandLine line = commandLine.getIfAvailable();
        if (line == null) {
            return;
        }
        exitCode = new FlaskCli(app, line.program()).main(line.args(), System.out, System.err, System.in);
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
