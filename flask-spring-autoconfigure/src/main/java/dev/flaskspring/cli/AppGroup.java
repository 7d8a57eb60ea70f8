package dev.flaskspring.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.shell.core.command.Command;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.CommandOption;

/**
 * A named group of commands, and of sub-groups; Flask's {@code AppGroup} ({@code app.cli}, {@code bp.cli}).
 * Commands are Spring Shell {@link Command}s; every one runs inside an app context, Flask's
 * {@code with_appcontext} default.
 */
public final class AppGroup {

    private final Map<String, Command> commands = new LinkedHashMap<>();
    private final Map<String, AppGroup> groups = new LinkedHashMap<>();

    /** Adds a command without options; Flask's {@code @app.cli.command(name)}. */
    public AppGroup command(String name, String description, CliAction action) {
        return command(name, description, List.of(), action);
    }

    /**
     * Adds a command with the options it accepts ({@code CommandOption.with().longName("count")...}); an
     * undeclared option, or a required one missing, is a usage error.
     */
    public AppGroup command(String name, String description, List<CommandOption> options, CliAction action) {
        return add(new ActionCommand(checkName(name), description, options, null, action));
    }

    /**
     * Adds a command with its options and the positional arguments it takes, in order; Click's
     * {@code @click.argument}. A required argument missing, an extra one or a value of the wrong type is a
     * usage error; the action reads them with {@link CliArgument#value(CommandContext, int)}.
     */
    public AppGroup command(String name, String description, List<CommandOption> options,
            List<CliArgument> arguments, CliAction action) {
        return add(new ActionCommand(checkName(name), description, options, List.copyOf(arguments), action));
    }

    /**
     * Adds a Spring Shell command under its own name, e.g. one made with {@code Command.builder()}; a name of
     * several words ({@code auth create-user}) puts it in the sub-group of the first words.
     */
    public AppGroup add(Command command) {
        String[] words = command.getName().trim().split("\\s+");
        AppGroup target = this;
        for (int i = 0; i < words.length - 1; i++) {
            target = target.group(words[i]);
        }
        target.commands.put(checkName(words[words.length - 1]), command);
        return this;
    }

    /** The sub-group {@code name}, created on first use; Flask's {@code @cli.group()}. */
    public AppGroup group(String name) {
        return groups.computeIfAbsent(checkName(name), n -> new AppGroup());
    }

    /** Adds {@code group} as the sub-group {@code name}; Click's {@code add_command} of a group. */
    public void addGroup(String name, AppGroup group) {
        groups.put(checkName(name), group);
    }

    /** Adds every command and sub-group of {@code other} to this group; Flask's {@code commands.update}. */
    public void merge(AppGroup other) {
        commands.putAll(other.commands);
        groups.putAll(other.groups);
    }

    /** The commands of this group, by name, not counting sub-groups. */
    public Map<String, Command> commands() {
        return Map.copyOf(commands);
    }

    /** True when neither this group nor its sub-groups hold a command. */
    public boolean isEmpty() {
        return commands.isEmpty() && groups.values().stream().allMatch(AppGroup::isEmpty);
    }

    /** Every command of this group and its sub-groups under its full name ({@code prefix sub name}). */
    List<Command> flatten(String prefix, String groupName) {
        List<Command> all = new ArrayList<>();
        commands.forEach((name, command) -> {
            String fullName = join(prefix, name);
            all.add(fullName.equals(command.getName()) ? command : new RenamedCommand(fullName, groupName, command));
        });
        groups.forEach((name, group) -> all.addAll(group.flatten(join(prefix, name), join(prefix, name))));
        return all;
    }

    private static String join(String prefix, String name) {
        return prefix.isEmpty() ? name : prefix + " " + name;
    }

    private static String checkName(String name) {
        if (name == null || name.isBlank() || name.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("A command or group name must be one word, not '" + name + "'");
        }
        return name;
    }
}
