package dev.flaskspring.autoconfigure;

import dev.flaskspring.RunOptions;
import dev.flaskspring.cli.RunArguments;
import dev.flaskspring.cli.UsageError;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What a Boot jar's arguments ask for, as {@code FlaskApplication.run} reads them: serve (no command, or
 * {@code run} with its options), or run a command without a web server. Leading {@code --name=value} options are
 * Spring Boot properties in both cases, and so are such options among {@code run}'s; {@code --debug} and
 * {@code --no-debug} before the command set {@code flask.debug}, as {@code flask --debug}.
 * <p>{@code run}'s options are read by the CLI's own {@code run} command ({@link RunArguments}) and become Boot's
 * properties: {@code server.address}, {@code server.port}, {@code flask.debug}, {@code server.ssl.*} for a PEM
 * certificate, and DevTools' {@code spring.devtools.restart.additional-paths} for {@code --extra-files} (DevTools
 * watches folders: an extra file's folder is watched).
 *
 * @param serve whether to start the web server
 * @param bootArgs the arguments for {@code SpringApplication.run}: properties only
 * @param commandArgs the command and its arguments, when not serving
 * @param run {@code run}'s arguments when serving for {@code run}, else null
 */
public record LaunchArguments(boolean serve, List<String> bootArgs, List<String> commandArgs, RunArguments run) {

    /** Splits {@code args}; a {@code run} line with a wrong option is left to the command line to report. */
    public static LaunchArguments parse(String... args) {
        List<String> boot = new ArrayList<>();
        String debugFlag = null;
        int i = 0;
        for (; i < args.length && args[i].startsWith("--") && !args[i].equals("--help"); i++) {
            if (args[i].equals("--debug") || args[i].equals("--no-debug")) {
                debugFlag = args[i];
            } else {
                boot.add(args[i]);
            }
        }
        List<String> command = List.of(args).subList(i, args.length);
        if (!command.isEmpty() && command.get(0).equals("run")) {
            List<String> runWords = new ArrayList<>();
            if (debugFlag != null) {
                runWords.add(debugFlag); // flask --debug run: run's own flag, given later, still wins
            }
            for (String word : command.subList(1, command.size())) {
                (isBootProperty(word) ? boot : runWords).add(word);
            }
            RunArguments run = readRun(runWords);
            if (run != null) {
                boot.addAll(properties(run));
                return new LaunchArguments(true, boot, List.of(), run);
            }
        }
        if (debugFlag != null) {
            boot.add("--flask.debug=" + debugFlag.equals("--debug"));
        }
        return new LaunchArguments(command.isEmpty(), boot, command, null);
    }

    /** {@code run}'s arguments, or null when they ask for help or are wrong, which the command line then says. */
    private static RunArguments readRun(List<String> words) {
        try {
            return RunArguments.parse(words);
        } catch (UsageError wrong) {
            return null;
        }
    }

    /** A Spring Boot property given as {@code --name.with.dots=value}. */
    private static boolean isBootProperty(String word) {
        int eq = word.indexOf('=');
        return word.startsWith("--") && eq > 0 && word.substring(0, eq).contains(".");
    }

    /** Boot's properties for {@code run}'s arguments; the ad-hoc certificate is made later, at start. */
    private static List<String> properties(RunArguments run) {
        List<String> properties = new ArrayList<>();
        RunOptions options = run.options();
        if (options.debug() != null) {
            properties.add("--flask.debug=" + options.debug());
        }
        if (run.host() != null) {
            properties.add("--server.address=" + run.host());
        }
        if (run.port() != null) {
            properties.add("--server.port=" + run.port());
        }
        if (options.certificate() != null) {
            properties.addAll(certificateProperties(options.certificate(), options.key()));
        }
        if (!options.extraFiles().isEmpty()) {
            Set<String> folders = new LinkedHashSet<>();
            for (Path file : options.extraFiles()) {
                Path absolute = file.toAbsolutePath();
                folders.add((Files.isDirectory(absolute) ? absolute : absolute.getParent()).toString());
            }
            properties.add("--spring.devtools.restart.additional-paths=" + String.join(",", folders));
        }
        return properties;
    }

    /** Boot's {@code server.ssl.*} properties serving the PEM {@code certificate} and {@code key}. */
    static List<String> certificateProperties(Path certificate, Path key) {
        return List.of("--server.ssl.certificate=" + location(certificate),
                "--server.ssl.certificate-private-key=" + location(key));
    }

    private static String location(Path file) {
        return file.toAbsolutePath().toUri().toString();
    }
}
