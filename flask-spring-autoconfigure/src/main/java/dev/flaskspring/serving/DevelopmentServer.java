package dev.flaskspring.serving;

import dev.flaskspring.Flask;
import dev.flaskspring.FlaskServer;
import dev.flaskspring.RunOptions;

/**
 * Serves an app on embedded Tomcat until the process stops, with the reloader when asked; Werkzeug's
 * {@code run_simple} as Flask's {@code app.run} calls it.
 * <p>With the reloader the first process serves nothing: it runs the same {@code java} command as a child and
 * runs it again each time the child exits to reload; the child serves and watches the files.
 */
public final class DevelopmentServer {

    private DevelopmentServer() {
    }

    /** Serves {@code app} on {@code host}:{@code port} as {@code options} say; returns only if the server stops. */
    public static void run(Flask app, String host, int port, RunOptions options) {
        boolean reload = options.reload() != null ? options.reload() : app.isDebug();
        if (reload && !Reloader.isRunningFromReloader()) {
            app.logger().info(" * Restarting with stat");
            System.exit(Reloader.restartWithReloader());
        }
        StatReloader watched = reload ? StatReloader.watching(options.extraFiles(), options.excludePatterns()) : null;
        FlaskServer server = FlaskServer.start(app, host, port, options);
        app.logger().info(" * Running on {}://{}:{}", options.https() ? "https" : "http", host, server.port());
        if (app.isDebug()) {
            app.logger().info(" * Debug mode: on");
        }
        if (watched == null) {
            server.await();
        } else {
            Reloader.serveUntilChanged(app, server, watched);
        }
    }
}
