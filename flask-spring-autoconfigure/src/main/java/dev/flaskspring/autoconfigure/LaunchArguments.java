package dev.flaskspring.autoconfigure;

import java.util.ArrayList;
import java.util.List;

/**
 * What a Boot jar's arguments ask for, as {@code FlaskApplication.run} reads them: serve (no command, or
 * {@code run [--host H] [--port P] [--debug]}), or run a command without a web server. Leading
 * {@code --name=value} options are Spring Boot properties in both cases; {@code --debug} and
 * {@code --no-debug} before the command set {@code flask.debug}, as {@code flask --debug}.
 *
 * @param serve whether to start the web server
 * @param bootArgs the arguments for {@code SpringApplication.run}: properties only
 * @param commandArgs the command and its arguments, when not serving
 */
public record LaunchArguments(boolean serve, List<String> bootArgs, List<String> commandArgs) {

    /** Splits {@code args}; anything {@code run} does not understand is left to the command line to report. */
    public static LaunchArguments parse(String... args) {
        List<String> boot = new ArrayList<>();
        int i = 0;
        for (; i < args.length && args[i].startsWith("--") && !args[i].equals("--help"); i++) {
            boot.add(switch (args[i]) {
                case "--debug" -> "--flask.debug=true";
                case "--no-debug" -> "--flask.debug=false";
                default -> args[i];
            });
        }
        if (i == args.length) {
            return new LaunchArguments(true, boot, List.of());
        }
        List<String> command = List.of(args).subList(i, args.length);
        if (command.get(0).equals("run")) {
            List<String> server = runOptions(command.subList(1, command.size()));
            if (server != null) {
                boot.addAll(server);
                return new LaunchArguments(true, boot, List.of());
            }
        }
        return new LaunchArguments(false, boot, command);
    }

    /** The properties for {@code run}'s options, or null when one is not understood (or is {@code --help}). */
    private static List<String> runOptions(List<String> options) {
        List<String> properties = new ArrayList<>();
        for (int i = 0; i < options.size(); i++) {
            String word = options.get(i);
            int eq = word.indexOf('=');
            String name = eq > 0 ? word.substring(0, eq) : word;
            String value = eq > 0 ? word.substring(eq + 1) : null;
            switch (name) {
                case "--debug" -> properties.add("--flask.debug=true");
                case "--no-debug" -> properties.add("--flask.debug=false");
                case "--host", "-h", "--port", "-p" -> {
                    if (value == null) {
                        if (i + 1 >= options.size()) {
                            return null;
                        }
                        value = options.get(++i);
                    }
                    boolean port = name.equals("--port") || name.equals("-p");
                    if (port && !value.matches("\\d{1,5}")) {
                        return null;
                    }
                    properties.add((port ? "--server.port=" : "--server.address=") + value);
                }
                default -> {
                    if (!(word.startsWith("--") && eq > 0 && name.contains("."))) {
                        return null;
                    }
                    properties.add(word);
                }
            }
        }
        return properties;
    }
}
