package dev.flaskspring;

import dev.flaskspring.servlet.EmbeddedTomcat;
import java.nio.file.Path;

/**
 * An app served on embedded Tomcat without Spring Boot; what {@code app.start(host, port)} returns and
 * {@code app.run()} waits on.
 * <p>{@code try (FlaskServer server = app.start("127.0.0.1", 0)) { int port = server.port(); ... }}
 */
public interface FlaskServer extends AutoCloseable {

    /**
     * Starts serving {@code app} on {@code host}:{@code port} (0 = a free port), over HTTPS when {@code options}
     * give a certificate, and returns once it listens.
     */
    static FlaskServer start(Flask app, String host, int port, RunOptions options) {
        return EmbeddedTomcat.start(app, host, port, options);
    }

    /** The port the server listens on. */
    int port();

    /** The folder of the server's temporary files, multipart uploads among them. */
    Path baseDir();

    /** Blocks until the server stops. */
    void await();

    /** Stops the server, letting requests in flight finish. */
    @Override
    void close();
}
