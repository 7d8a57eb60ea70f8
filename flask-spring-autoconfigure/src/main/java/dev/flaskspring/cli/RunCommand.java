package dev.flaskspring.cli;

import java.io.File;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.shell.core.command.AbstractCommand;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.CommandOption;
import org.springframework.shell.core.command.ExitStatus;

/**
 * {@code run}: serves the app until the process stops; Flask's {@code run_command}. Its options are the one
 * definition that both this command and the Boot launcher read, through {@link RunArguments#parse}.
 */
final class RunCommand extends AbstractCommand {

    private static final String SEPARATOR = "'" + File.pathSeparator + "'";

    private static final List<CommandOption> OPTIONS = List.of(
            CommandOption.with().shortName('h').longName("host").type(String.class).defaultValue("127.0.0.1")
                    .description("The interface to bind to.").build(),
            CommandOption.with().shortName('p').longName("port").type(int.class).defaultValue("5000")
                    .description("The port to bind to.").build(),
            CommandOption.with().longName("cert").type(String.class)
                    .description("Specify a certificate file to use HTTPS, or 'adhoc'.").build(),
            CommandOption.with().longName("key").type(String.class)
                    .description("The key file to use when specifying a certificate.").build(),
            CommandOption.with().longName("reload").type(boolean.class)
                    .description("Enable the reloader (by default active if debug is enabled).").build(),
            CommandOption.with().longName("no-reload").type(boolean.class)
                    .description("Disable the reloader.").build(),
            CommandOption.with().longName("extra-files").type(String.class)
                    .description("Extra files that trigger a reload on change, separated by " + SEPARATOR + ".")
                    .build(),
            CommandOption.with().longName("exclude-patterns").type(String.class)
                    .description("Files matching these fnmatch patterns will not trigger a reload on change,"
                            + " separated by " + SEPARATOR + ".").build(),
            CommandOption.with().longName("debug").type(boolean.class)
                    .description("Set debug mode.").build(),
            CommandOption.with().longName("no-debug").type(boolean.class)
                    .description("Unset debug mode.").build());

    private final Consumer<RunArguments> serve;

    /** {@code run}, handing its arguments to {@code serve}. */
    RunCommand(Consumer<RunArguments> serve) {
        super("run", "Run a development server.", "", "", false);
        this.serve = serve;
        setOptions(OPTIONS);
    }

    @Override
    public ExitStatus doExecute(CommandContext context) {
        serve.accept(RunArguments.of(context.parsedInput()));
        return ExitStatus.OK;
    }
}
