package dev.flaskspring.cli;

import java.util.List;
import org.springframework.shell.core.command.AbstractCommand;
import org.springframework.shell.core.command.Command;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.CommandOption;
import org.springframework.shell.core.command.ExitStatus;

/**
 * A Spring Shell command whose body is a {@link CliAction}; what {@code app.cli().command(...)} creates.
 * Its positional arguments are either declared ({@link CliArgument}s, checked before it runs) or, when
 * {@code arguments} is null, whatever the command line gives.
 */
final class ActionCommand extends AbstractCommand {

    private final CliAction action;
    private final List<CliArgument> arguments;

    ActionCommand(String name, String description, List<CommandOption> options, List<CliArgument> arguments,
            CliAction action) {
        super(name, description, "", "", false);
        this.action = action;
        this.arguments = arguments == null ? null : checkOrder(List.copyOf(arguments));
        setOptions(List.copyOf(options));
    }

    @Override
    public ExitStatus doExecute(CommandContext context) throws Exception {
        action.run(context);
        context.outputWriter().flush();
        return ExitStatus.OK;
    }

    /** The arguments {@code command} declares, looking through a renamed command; null when undeclared. */
    static List<CliArgument> declaredArguments(Command command) {
        Command c = command instanceof RenamedCommand renamed ? renamed.original() : command;
        return c instanceof ActionCommand action ? action.arguments : null;
    }

    private static List<CliArgument> checkOrder(List<CliArgument> arguments) {
        boolean optionalSeen = false;
        for (CliArgument argument : arguments) {
            if (argument.required() && optionalSeen) {
                throw new IllegalArgumentException("The required argument " + argument.name()
                        + " cannot follow an optional one: the command line could not tell them apart.");
            }
            optionalSeen |= !argument.required();
        }
        return arguments;
    }
}
