package dev.flaskspring.cli;

import java.util.Locale;
import org.springframework.core.convert.support.DefaultConversionService;
import org.springframework.shell.core.command.CommandArgument;
import org.springframework.shell.core.command.CommandContext;

/**
 * A positional argument that a command declares; Click's {@code @click.argument}. The command line is checked
 * against the declared arguments before the command runs: a required one missing, one too many, or a value
 * not of the argument's type is a usage error (exit status 2), and the usage line shows them
 * ({@code flask db stamp [OPTIONS] VERSION}, {@code [TARGET]} when optional).
 * <pre>{@code app.cli().group("db").command("upgrade", "Upgrade to a later version.", List.of(),
 *         List.of(CliArgument.optional("TARGET")), ctx -> upgrade(CliArgument.value(ctx, 0)));}</pre>
 *
 * @param name the name shown in usage lines and errors, Click's metavar ({@code TARGET})
 * @param type the type the value must convert to ({@code String}, {@code Integer} ...)
 * @param required whether the command line must give it
 * @param description a line of help, listed under {@code Arguments:} when not empty
 */
public record CliArgument(String name, Class<?> type, boolean required, String description) {

    /** Checks the name is one word and fills in the defaults: {@code String} values, no description. */
    public CliArgument {
        if (name == null || name.isBlank() || name.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("An argument name must be one word, not '" + name + "'");
        }
        type = type == null ? String.class : type;
        description = description == null ? "" : description;
    }

    /** An argument the command line must give. */
    public static CliArgument required(String name) {
        return new CliArgument(name, String.class, true, "");
    }

    /** An argument the command line may leave out; its value is then null. */
    public static CliArgument optional(String name) {
        return new CliArgument(name, String.class, false, "");
    }

    /** This argument with values converted to {@code valueType}, Click's {@code type=int}. */
    public CliArgument ofType(Class<?> valueType) {
        return new CliArgument(name, valueType, required, description);
    }

    /** This argument with a line of help. */
    public CliArgument describedAs(String help) {
        return new CliArgument(name, type, required, help);
    }

    /** The text given for the argument at {@code index} (0 is the first), or null when it was left out. */
    public static String value(CommandContext context, int index) {
        CommandArgument argument = context.getArgumentByIndex(index);
        return argument == null ? null : argument.value();
    }

    /** The argument at {@code index} converted to {@code valueType}, or null when it was left out. */
    public static <T> T value(CommandContext context, int index, Class<T> valueType) {
        String text = value(context, index);
        return text == null ? null : DefaultConversionService.getSharedInstance().convert(text, valueType);
    }

    /** How the usage line shows it: {@code NAME}, or {@code [NAME]} when optional. */
    String usage() {
        return required ? name : "[" + name + "]";
    }

    /** Click's name of a type in "is not a valid ..." messages and metavars. */
    static String typeName(Class<?> type) {
        return switch (type.getSimpleName().toLowerCase(Locale.ROOT)) {
            case "int", "integer", "long", "short" -> "integer";
            case "double", "float" -> "float";
            case "boolean" -> "boolean";
            default -> type.getSimpleName();
        };
    }
}
