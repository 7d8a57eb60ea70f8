package dev.flaskspring.servlet;

import dev.flaskspring.Flask;
import jakarta.servlet.MultipartConfigElement;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.catalina.Context;
import org.apache.catalina.LifecycleException;
import org.apache.catalina.Wrapper;
import org.apache.catalina.connector.Connector;
import org.apache.catalina.startup.Tomcat;

/**
 * An app served on embedded Tomcat without Spring Boot; what {@code app.run()} starts.
 * <p>{@code try (FlaskServer server = app.start("127.0.0.1", 0)) { int port = server.port(); ... }}
 */
public final class FlaskServer implements AutoCloseable {

    private final Tomcat tomcat;
    private final Connector connector;

    private FlaskServer(Tomcat tomcat, Connector connector) {
        this.tomcat = tomcat;
        this.connector = connector;
    }

    /** Starts serving {@code app} on {@code host}:{@code port} (0 = a free port) and returns once it listens. */
    public static FlaskServer start(Flask app, String host, int port) {
        Path baseDir;
        try {
            baseDir = Files.createTempDirectory("flask-tomcat");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Tomcat tomcat = new Tomcat();
        tomcat.setBaseDir(baseDir.toString());
        Connector connector = new Connector();
        connector.setPort(port);
        connector.setProperty("address", host);
        connector.setProperty("bindOnInit", "true");
        tomcat.getService().addConnector(connector);
        tomcat.setConnector(connector);
        Context context = tomcat.addContext("", baseDir.toString());
        Wrapper wrapper = Tomcat.addServlet(context, "dispatcher", StandaloneDispatcher.create(app));
        wrapper.setLoadOnStartup(1);
        wrapper.setAsyncSupported(true);
        wrapper.setMultipartConfigElement(new MultipartConfigElement(baseDir.toString()));
        context.addServletMappingDecoded("/", "dispatcher");
        try {
            tomcat.start();
        } catch (LifecycleException e) {
            throw new IllegalStateException("Could not start the server on " + host + ":" + port, e);
        }
        return new FlaskServer(tomcat, connector);
    }

    /** The port the server listens on. */
    public int port() {
        return connector.getLocalPort();
    }

    /** Blocks until the server stops. */
    public void await() {
        tomcat.getServer().await();
    }

    /** Stops the server, letting requests in flight finish. */
    @Override
    public void close() {
        try {
            tomcat.stop();
            tomcat.destroy();
        } catch (LifecycleException e) {
            throw new IllegalStateException("Could not stop the server", e);
        }
    }
}
