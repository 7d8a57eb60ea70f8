package dev.flaskspring.cli;

import dev.flaskspring.Flask;
import java.io.PrintStream;
import org.springframework.shell.core.command.AbstractCommand;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.ExitStatus;

/**
 * {@code shell}: an interactive JShell session inside the app context, with {@code app}, {@code g} and the names
 * of the app's shell context processors bound as variables; Flask's {@code shell_command}.
 * <p>Snippets run in this JVM, on the thread of the command, so {@code app} is the live app and
 * {@code currentApp()} works in them. On a terminal JShell edits lines, completes and keeps a history; from other
 * input it reads snippets line by line. {@code /exit} or the end of input ends it.
 */
final class ShellCommand extends AbstractCommand {

    private final Flask app;

    ShellCommand(Flask app) {
        super("shell", "Run a shell in the app context.", "", "", false);
        this.app = app;
    }

    @Override
    public ExitStatus doExecute(CommandContext context) throws Exception {
        if (ModuleLayer.boot().findModule("jdk.jshell").isEmpty()) {
            throw new ClickException("The shell needs the JDK's jdk.jshell module, which this Java runtime lacks"
                    + " (a JRE or a trimmed image): run it with a full JDK.");
        }
        LineInputReader console = (LineInputReader) context.inputReader();
        context.outputWriter().flush();
        PrintStream out = console.output();
        out.println("JShell " + Runtime.version() + " on " + System.getProperty("os.name"));
        out.println("App: " + app.name());
        out.println("Instance: " + app.instancePath().toAbsolutePath());
        out.println("Type /exit to leave, /help for help.");
        int status = JShellSession.run(app.makeShellContext(), console);
        return status == 0 ? ExitStatus.OK : new ExitStatus(status, "/exit " + status);
    }
}
