package dev.flaskspring.serving;

import dev.flaskspring.Flask;
import dev.flaskspring.FlaskServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Restarts the app in a child process when a watched file changes; Werkzeug's {@code run_with_reloader}.
 * <p>The parent runs the JVM's own command line again as a child, with {@value #RUN_MAIN} set; the child serves
 * and, on a change, stops and exits with status {@value #RELOAD}, and the parent starts a new child. Any other
 * status ends the parent with it, as Werkzeug's {@code restart_with_reloader} does.
 */
final class Reloader {

    /** Set in the child's environment: it is the process that serves; Werkzeug's variable, with its meaning. */
    static final String RUN_MAIN = "WERKZEUG_RUN_MAIN";

    /** The child's exit status asking the parent to start it again. */
    static final int RELOAD = 3;

    /** How often the child looks at the watched files; Werkzeug's {@code reloader_interval}. */
    private static final Duration INTERVAL = Duration.ofSeconds(1);

    private Reloader() {
    }

    /** Whether this process is the reloader's child; Werkzeug's {@code is_running_from_reloader}. */
    static boolean isRunningFromReloader() {
        return "true".equals(System.getenv(RUN_MAIN));
    }

    /** Runs this JVM's command line as a child until it exits other than to reload; returns its last status. */
    static int restartWithReloader() {
        List<String> command = currentCommandLine();
        AtomicReference<Process> child = new AtomicReference<>();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(child.get()), "reloader-shutdown"));
        try {
            while (true) {
                ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
                builder.environment().put(RUN_MAIN, "true");
                child.set(builder.start());
                int status = child.get().waitFor();
                if (status != RELOAD) {
                    return status;
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("The reloader could not start " + command.get(0) + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stop(child.get());
            return 1;
        }
    }

    /** Serves until a watched file changes, then stops the server and exits for the parent to reload. */
    static void serveUntilChanged(Flask app, FlaskServer server, StatReloader watched) {
        try {
            while (true) {
                Thread.sleep(INTERVAL.toMillis());
                Path changed = watched.changedFile();
                if (changed != null) {
                    app.logger().info(" * Detected change in '{}', reloading", changed);
                    server.close();
                    System.exit(RELOAD);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            server.close();
        }
    }

    /**
     * The command that started this JVM, to start it again; Werkzeug's {@code _get_args_for_reloading}. The JDK
     * tells it, except on Linux for a long command line (a long class path), which {@code /proc} still has.
     */
    private static List<String> currentCommandLine() {
        ProcessHandle.Info info = ProcessHandle.current().info();
        if (info.command().isPresent() && info.arguments().isPresent()) {
            List<String> command = new ArrayList<>();
            command.add(info.command().get());
            command.addAll(List.of(info.arguments().get()));
            return command;
        }
        Path procCommandLine = Path.of("/proc/self/cmdline");
        if (Files.isReadable(procCommandLine)) {
            try {
                String words = Files.readString(procCommandLine, StandardCharsets.UTF_8);
                return List.of(words.substring(0, words.length() - 1).split("\0", -1));
            } catch (IOException unreadable) {
                // told below
            }
        }
        throw new IllegalStateException("The reloader cannot restart this JVM: the operating system does not"
                + " tell its command line. Run without the reloader (--no-reload, or RunOptions.reload(false)).");
    }

    private static void stop(Process child) {
        if (child != null && child.isAlive()) {
            child.destroy();
            try {
                child.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
