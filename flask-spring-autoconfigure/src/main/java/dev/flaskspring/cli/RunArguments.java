package dev.flaskspring.cli;

import dev.flaskspring.RunOptions;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.shell.core.command.CommandOption;
import org.springframework.shell.core.command.ParsedInput;

/**
 * The options of {@code run} read into where to serve and how; the parameters of Flask's {@code run_command}.
 * The {@code run} command serves them on the standalone server, the Boot launcher on Boot's, from this one
 * reading of {@link RunCommand}'s options.
 *
 * @param host the interface to bind to, or null when not given
 * @param port the port to bind to, or null when not given
 * @param options debug mode, the reloader and HTTPS
 */
public record RunArguments(String host, Integer port, RunOptions options) {

    /**
     * Reads {@code args}, the words after {@code run}, as the {@code run} command does; null when they ask for
     * {@code --help}.
     *
     * @throws UsageError for an unknown option, a missing or wrong value, or a certificate without its key
     */
    public static RunArguments parse(List<String> args) {
        RunCommand definition = new RunCommand(run -> { }); // read, never run
        List<String> line = new ArrayList<>(List.of(definition.getName()));
        line.addAll(args);
        ParsedCommandLine parsed = ParsedCommandLine.parse(line, Map.of(definition.getName(), definition));
        if (parsed.usageError() != null) {
            throw new UsageError(parsed.usageError());
        }
        if (parsed.helpRequested()) {
            return null;
        }
        String invalid = FlaskCli.checkOptions(parsed);
        if (invalid != null) {
            throw new UsageError(invalid);
        }
        if (!parsed.input().arguments().isEmpty()) {
            throw new UsageError("Got unexpected extra argument (" + parsed.input().arguments().get(0).value() + ")");
        }
        return of(parsed.input());
    }

    /** Reads the options of a parsed {@code run} line, whose values are already checked for their types. */
    static RunArguments of(ParsedInput input) {
        RunOptions.Builder options = RunOptions.builder();
        Boolean debug = lastFlag(input, "debug", "no-debug");
        if (debug != null) {
            options.debug(debug);
        }
        Boolean reload = lastFlag(input, "reload", "no-reload");
        if (reload != null) {
            options.reload(reload);
        }
        String extraFiles = value(input, "extra-files");
        if (extraFiles != null) {
            options.extraFiles(separated(extraFiles).stream().map(Path::of).toList());
        }
        String excludePatterns = value(input, "exclude-patterns");
        if (excludePatterns != null) {
            options.excludePatterns(separated(excludePatterns));
        }
        certificate(options, value(input, "cert"), value(input, "key"));
        String port = value(input, "port");
        return new RunArguments(value(input, "host"), port == null ? null : Integer.valueOf(port), options.build());
    }

    /** Flask's {@code CertParamType} and {@code _validate_key}: a file and its key, or {@code adhoc} alone. */
    private static void certificate(RunOptions.Builder options, String cert, String key) {
        if (key != null) {
            if ("adhoc".equalsIgnoreCase(cert)) {
                throw badParameter("--key", "When \"--cert\" is \"adhoc\", \"--key\" is not used.");
            }
            if (cert == null) {
                throw badParameter("--key", "\"--cert\" must also be specified.");
            }
        }
        if (cert == null) {
            return;
        }
        if (cert.equalsIgnoreCase("adhoc") && !Files.isRegularFile(Path.of(cert))) {
            options.adhocCertificate();
            return;
        }
        Path certificate = existingFile("--cert", cert);
        if (key == null) {
            throw badParameter("--key", "Required when using \"--cert\".");
        }
        options.certificate(certificate, existingFile("--key", key));
    }

    private static Path existingFile(String option, String value) {
        Path path = Path.of(value);
        if (!Files.exists(path)) {
            throw badParameter(option, "File '" + value + "' does not exist.");
        }
        if (!Files.isRegularFile(path)) {
            throw badParameter(option, "File '" + value + "' is a directory.");
        }
        return path.toAbsolutePath();
    }

    private static UsageError badParameter(String option, String message) {
        return new UsageError("Invalid value for '" + option + "': " + message);
    }

    /** Click's {@code split_envvar_value} for a path list: split on the path separator, empty parts dropped. */
    private static List<String> separated(String value) {
        return Arrays.stream(value.split(File.pathSeparator)).filter(part -> !part.isBlank()).toList();
    }

    /** The flag of a {@code --name/--no-name} pair given last, as Click keeps the last; null when neither is. */
    private static Boolean lastFlag(ParsedInput input, String on, String off) {
        Boolean flag = null;
        for (CommandOption option : input.options()) {
            if (on.equals(option.longName())) {
                flag = true;
            } else if (off.equals(option.longName())) {
                flag = false;
            }
        }
        return flag;
    }

    private static String value(ParsedInput input, String longName) {
        String value = null;
        for (CommandOption option : input.options()) {
            if (longName.equals(option.longName())) {
                value = option.value();
            }
        }
        return value;
    }
}
