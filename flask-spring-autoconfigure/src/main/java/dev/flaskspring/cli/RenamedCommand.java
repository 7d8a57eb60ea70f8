package dev.flaskspring.cli;

import java.util.List;
import org.springframework.shell.core.command.Command;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.CommandOption;
import org.springframework.shell.core.command.ExitStatus;
import org.springframework.shell.core.command.availability.AvailabilityProvider;
import org.springframework.shell.core.command.completion.CompletionProvider;

/**
 * A command of a group seen under its full name ({@code auth create-user}), the way Click reaches a
 * command through its group; everything but the name and group is the original's.
 */
record RenamedCommand(String name, String group, Command original) implements Command {

    @Override
    public String getName() {
        return name;
    }

    @Override
    public String getGroup() {
        return group;
    }

    @Override
    public String getDescription() {
        return original.getDescription();
    }

    @Override
    public String getHelp() {
        return original.getHelp();
    }

    @Override
    public boolean isHidden() {
        return original.isHidden();
    }

    @Override
    public List<String> getAliases() {
        return List.of();
    }

    @Override
    public List<CommandOption> getOptions() {
        return original.getOptions();
    }

    @Override
    public AvailabilityProvider getAvailabilityProvider() {
        return original.getAvailabilityProvider();
    }

    @Override
    public CompletionProvider getCompletionProvider() {
        return original.getCompletionProvider();
    }

    @Override
    public ExitStatus execute(CommandContext context) throws Exception {
        return original.execute(context);
    }
}
