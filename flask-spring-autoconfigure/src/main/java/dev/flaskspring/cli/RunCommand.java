package dev.flaskspring.cli;

import dev.flaskspring.Flask;
import java.util.List;
import org.springframework.shell.core.command.AbstractCommand;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.CommandOption;
import org.springframework.shell.core.command.ExitStatus;

/**
 * {@code run}: serves the app until the process stops; Flask's {@code run_command}. A Boot jar starts its
 * own server for {@code run} before any command runs ({@code FlaskApplication}); this one serves a plain app.
 */
final class RunCommand extends AbstractCommand {

    /** The options of {@code run}, shared with the Boot launcher. */
    static final List<CommandOption> OPTIONS = List.of(
            CommandOption.with().shortName('h').longName("host").type(String.class).defaultValue("127.0.0.1")
                    .description("The interface to bind to.").build(),
            CommandOption.with().shortName('p').longName("port").type(int.class).defaultValue("5000")
                    .description("The port to bind to.").build(),
            CommandOption.with().longName("debug").type(boolean.class)
                    .description("Set debug mode.").build(),
            CommandOption.with().longName("no-debug").type(boolean.class)
                    .description("Unset debug mode.").build());

    private final Flask app;

    RunCommand(Flask app) {
        super("run", "Run a development server.", "", "", false);
        this.app = app;
        setOptions(OPTIONS);
    }

    @Override
    public ExitStatus doExecute(CommandContext context) {
        CommandOption host = context.getOptionByName("host");
        CommandOption port = context.getOptionByName("port");
        if (context.getOptionByName("debug") != null) {
            app.setDebug(true);
        } else if (context.getOptionByName("no-debug") != null) {
            app.setDebug(false);
        }
        app.run(host == null ? "127.0.0.1" : host.value(), port == null ? 5000 : Integer.parseInt(port.value()));
        return ExitStatus.OK;
    }
}
