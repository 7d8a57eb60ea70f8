package dev.flaskspring.servlet;

import dev.flaskspring.Flask;
import dev.flaskspring.FlaskServer;
import dev.flaskspring.RunOptions;
import dev.flaskspring.serving.AdhocCertificate;
import dev.flaskspring.sessions.SecretKeyCheck;
import jakarta.servlet.Filter;
import jakarta.servlet.MultipartConfigElement;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.catalina.Context;
import org.apache.catalina.LifecycleException;
import org.apache.catalina.Wrapper;
import org.apache.catalina.connector.Connector;
import org.apache.catalina.startup.Tomcat;
import org.apache.tomcat.util.descriptor.web.FilterDef;
import org.apache.tomcat.util.descriptor.web.FilterMap;
import org.apache.tomcat.util.net.SSLHostConfig;
import org.apache.tomcat.util.net.SSLHostConfigCertificate;
import org.apache.catalina.valves.ErrorReportValve;

/**
 * An app served on embedded Tomcat without Spring Boot, behind its middleware; what {@code app.run()} starts.
 */
public final class EmbeddedTomcat implements FlaskServer {

    /** Parts larger than this are written to disk, as Werkzeug spools uploads over 500 KB. */
    private static final int SPOOL_THRESHOLD = 500 * 1024;

    private final Tomcat tomcat;
    private final Connector connector;
    private final Path baseDir;

    private EmbeddedTomcat(Tomcat tomcat, Connector connector, Path baseDir) {
        this.tomcat = tomcat;
        this.connector = connector;
        this.baseDir = baseDir;
    }

    /**
     * Starts serving {@code app} on {@code host}:{@code port} (0 = a free port), over HTTPS when {@code options}
     * give a certificate, and returns once it listens.
     */
    public static EmbeddedTomcat start(Flask app, String host, int port, RunOptions options) {
        SecretKeyCheck.warnIfWeak(app);
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
        // Flask's limits are the ones in force: MAX_FORM_PARTS as Tomcat's part count, no form-size cap.
        Object maxParts = app.config().get("MAX_FORM_PARTS");
        connector.setMaxPartCount(maxParts instanceof Number n ? n.intValue() : -1);
        connector.setMaxPostSize(-1);
        if (options.https()) {
            connector.addSslHostConfig(tls(options, baseDir));
            connector.setProperty("SSLEnabled", "true");
            connector.setScheme("https");
            connector.setSecure(true);
        }
        tomcat.getService().addConnector(connector);
        tomcat.setConnector(connector);
        // An error escaping the app (a java.lang.Error) gets Tomcat's bare 500 page: no message, no trace.
        ErrorReportValve quiet = new ErrorReportValve();
        quiet.setShowReport(false);
        quiet.setShowServerInfo(false);
        tomcat.getHost().getPipeline().addValve(quiet);
        Context context = tomcat.addContext("", baseDir.toString());
        Wrapper wrapper = Tomcat.addServlet(context, "dispatcher", StandaloneDispatcher.create(app));
        wrapper.setLoadOnStartup(1);
        wrapper.setAsyncSupported(true);
        Object maxContentLength = app.config().get("MAX_CONTENT_LENGTH");
        wrapper.setMultipartConfigElement(new MultipartConfigElement(baseDir.toString(), -1,
                maxContentLength instanceof Number n ? n.longValue() : -1, SPOOL_THRESHOLD));
        context.addServletMappingDecoded("/", "dispatcher");
        addFilter(context, "flask-debugger", new DebuggedApplication(app));
        List<Filter> middleware = app.middleware();
        for (int i = 0; i < middleware.size(); i++) {
            addFilter(context, "flask-middleware-" + i, middleware.get(i));
        }
        try {
            tomcat.start();
        } catch (LifecycleException e) {
            throw new IllegalStateException("Could not start the server on " + host + ":" + port, e);
        }
        return new EmbeddedTomcat(tomcat, connector, baseDir);
    }

    /** TLS with the PEM certificate and key of {@code options}, or with ones made now for an ad-hoc run. */
    private static SSLHostConfig tls(RunOptions options, Path baseDir) {
        Path certificate = options.certificate();
        Path key = options.key();
        if (options.adhocCertificate()) {
            AdhocCertificate adhoc = AdhocCertificate.generate(baseDir);
            certificate = adhoc.certificate();
            key = adhoc.key();
        }
        SSLHostConfig tls = new SSLHostConfig();
        SSLHostConfigCertificate pem = new SSLHostConfigCertificate(tls, SSLHostConfigCertificate.Type.UNDEFINED);
        pem.setCertificateFile(certificate.toString());
        pem.setCertificateKeyFile(key.toString());
        tls.addCertificate(pem);
        return tls;
    }

    /**
     * Puts {@code filter} around the dispatcher, inside those added before: the debugger outermost, then the app's
     * middleware, the first added outermost; WSGI's {@code app.wsgi_app = mw(app.wsgi_app)}.
     */
    private static void addFilter(Context context, String name, Filter filter) {
        FilterDef def = new FilterDef();
        def.setFilterName(name);
        def.setFilter(filter);
        def.setAsyncSupported("true");
        context.addFilterDef(def);
        FilterMap map = new FilterMap();
        map.setFilterName(name);
        map.addURLPattern("/*");
        context.addFilterMap(map);
    }

    @Override
    public Path baseDir() {
        return baseDir;
    }

    @Override
    public int port() {
        return connector.getLocalPort();
    }

    @Override
    public void await() {
        tomcat.getServer().await();
    }

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
