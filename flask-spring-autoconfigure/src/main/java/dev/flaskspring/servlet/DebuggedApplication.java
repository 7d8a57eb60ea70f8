package dev.flaskspring.servlet;

import dev.flaskspring.Flask;
import dev.flaskspring.debug.DebugTraceback;
import dev.flaskspring.debug.SourceFinder;
import dev.flaskspring.debug.TracebackPage;
import dev.flaskspring.wrappers.Request;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Answers an exception that escapes the app in debug mode with its traceback page; Werkzeug's
 * {@code DebuggedApplication}, which {@code flask run --debug} puts around the app, without its console.
 * <p>In debug mode Flask lets an unhandled exception propagate ({@code PROPAGATE_EXCEPTIONS} defaults to debug or
 * testing) so that this middleware, outermost around the app and its middleware, can show it: an HTML page to a
 * client that takes HTML (a browser), the plain-text traceback to any other. The standalone server and Boot put
 * it in front of the app; the test client does not, so there the exception reaches the test, as in Flask. Outside
 * debug mode it passes everything on: the app answers with Werkzeug's plain 500 page, and an exception that
 * still escapes gets the server's bare one.
 */
public final class DebuggedApplication implements Filter {

    private final Flask app;

    /** Shows the tracebacks of {@code app} while it is in debug mode. */
    public DebuggedApplication(Flask app) {
        this.app = app;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException | Error e) {
            if (!app.isDebug() || e instanceof VirtualMachineError
                    || !(request instanceof HttpServletRequest http) || !(response instanceof HttpServletResponse out)) {
                throw e;
            }
            Throwable error = unwrap(e);
            if (out.isCommitted()) {
                app.logger().error("The debugger caught an exception in a streamed response after its headers were"
                        + " sent; the response is cut short", error);
                throw e;
            }
            app.logger().error("Exception on {} [{}]", http.getRequestURI(), http.getMethod(), error);
            send(new Request(http, app.requestSettings()), out, DebugTraceback.of(error, SourceFinder.forCurrentThread()));
        }
    }

    private static void send(Request request, HttpServletResponse out, DebugTraceback traceback) throws IOException {
        boolean html = "text/html".equals(request.acceptMimetypes().bestMatch("text/plain", "text/html"));
        String body = html ? TracebackPage.html(traceback, request.method(), request.url())
                : TracebackPage.text(traceback, request.method(), request.url());
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        out.reset();
        out.setStatus(500);
        out.setContentType((html ? "text/html" : "text/plain") + "; charset=utf-8");
        out.setContentLength(bytes.length);
        out.getOutputStream().write(bytes);
    }

    /** The exception the app raised, out of the {@code ServletException} the dispatcher servlet wraps it in. */
    private static Throwable unwrap(Throwable e) {
        Throwable t = e;
        while (t instanceof ServletException && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }
}
