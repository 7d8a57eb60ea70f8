package dev.flaskspring;

import dev.flaskspring.autoconfigure.BootRunSetup;
import dev.flaskspring.autoconfigure.FlaskCommandLine;
import dev.flaskspring.autoconfigure.LaunchArguments;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts a Spring Boot application whose web layer is a Flask app, or runs one of its commands; the
 * {@code flask} command of a Boot jar.
 * <p>{@code public static void main(String[] args) { FlaskApplication.run(DemoApplication.class, args); }}
 * <ul>
 * <li>no arguments, or only {@code --name=value} properties: the web server, as any Boot jar;</li>
 * <li>{@code run [--host H] [--port P] [--debug] [--reload] [--cert FILE --key FILE | --cert adhoc]}: the web
 * server on that address, restarted by DevTools on changes, over HTTPS;</li>
 * <li>any other command ({@code routes}, {@code help}, {@code init-db}...): no web server, the command
 * runs inside an app context and the process exits with its status (0 ok, 1 failure, 2 usage error).</li>
 * </ul>
 */
public final class FlaskApplication {

    /** Quiet start-up for commands, whose output is what the user asked for; properties still override. */
    private static final Map<String, Object> COMMAND_DEFAULTS = Map.of(
            "spring.main.banner-mode", "off",
            "spring.main.log-startup-info", "false",
            "logging.level.root", "WARN");

    private FlaskApplication() {
    }

    /**
     * Serves, returning the running context, or runs the command and exits the JVM with its status.
     */
    public static ConfigurableApplicationContext run(Class<?> source, String... args) {
        LaunchArguments launch = LaunchArguments.parse(args);
        if (launch.serve()) {
            return SpringApplication.run(source, BootRunSetup.prepare(launch).toArray(String[]::new));
        }
        System.exit(execute(source, args));
        return null;
    }

    /** Runs the command of {@code args} with no web server and returns its exit status, without exiting. */
    public static int execute(Class<?> source, String... args) {
        LaunchArguments launch = LaunchArguments.parse(args);
        if (launch.serve()) {
            throw new IllegalArgumentException("No command to run: " + String.join(" ", args));
        }
        SpringApplication application = new SpringApplication(source);
        application.setWebApplicationType(WebApplicationType.NONE);
        application.setDefaultProperties(COMMAND_DEFAULTS);
        FlaskCommandLine commandLine = new FlaskCommandLine(launch.commandArgs(), programName());
        application.addInitializers(context -> context.getBeanFactory()
                .registerSingleton("flaskCommandLine", commandLine));
        try (ConfigurableApplicationContext context = application.run(launch.bootArgs().toArray(String[]::new))) {
            return SpringApplication.exit(context);
        } catch (RuntimeException startFailed) {
            System.err.println("Error: the application could not start: " + startFailed);
            return 1;
        }
    }

    /** {@code java -jar app.jar} when started from a jar, else {@code flask}. */
    static String programName() {
        String command = System.getProperty("sun.java.command", "");
        String first = command.split(" ", 2)[0];
        return first.endsWith(".jar") ? "java -jar " + first : "flask";
    }
}
