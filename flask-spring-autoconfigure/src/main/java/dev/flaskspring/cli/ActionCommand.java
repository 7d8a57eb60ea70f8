package dev.flaskspring.cli;

import java.util.List;
import org.springframework.shell.core.command.AbstractCommand;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.CommandOption;
import org.springframework.shell.core.command.ExitStatus;

/** A Spring Shell command whose body is a {@link CliAction}; what {@code app.cli().command(...)} creates. */
final class ActionCommand extends AbstractCommand {

    private final CliAction action;

    ActionCommand(String name, String description, List<CommandOption> options, CliAction action) {
        super(name, description, "", "", false);
        this.action = action;
        setOptions(List.copyOf(options));
    }

    @Override
    public ExitStatus doExecute(CommandContext context) throws Exception {
        action.run(context);
        context.outputWriter().flush();
        return ExitStatus.OK;
    }
}
