package dev.flaskspring.testing;

import dev.flaskspring.Flask;
import dev.flaskspring.ctx.RequestContext;
import dev.flaskspring.servlet.StandaloneDispatcher;
import dev.flaskspring.sessions.Session;
import dev.flaskspring.sessions.SessionInterface;
import dev.flaskspring.wrappers.Response;
import jakarta.servlet.Filter;
import jakarta.servlet.ServletException;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockServletConfig;
import org.springframework.mock.web.MockServletContext;
import org.springframework.util.ClassUtils;
import org.springframework.web.servlet.DispatcherServlet;

/**
 * Sends requests to the app in-process, through a real {@code DispatcherServlet}, keeping cookies;
 * Flask's {@code FlaskClient}.
 * <p>With {@code TESTING} on, an exception the app does not handle is thrown from the call, as in Flask.
 */
public class FlaskClient implements AutoCloseable {

    private final Flask app;
    private final DispatcherServlet servlet;
    private final CookieJar cookies = new CookieJar();
    private final Map<String, String> environBase = EnvironBase.flaskClientDefaults();
    private boolean preserveContext;
    private PreservedContext preserved;

    /** A client for {@code app} sending requests to {@code servlet} (initialised). */
    public FlaskClient(Flask app, DispatcherServlet servlet) {
        this.app = app;
        this.servlet = servlet;
    }

    /**
     * A dispatcher servlet serving {@code app} in-process, initialised with a mock servlet config; the app
     * keeps it for its clients.
     */
    public static DispatcherServlet dispatcherServlet(Flask app) {
        return initialise(StandaloneDispatcher.create(app));
    }

    /** Initialises a dispatcher servlet with a mock servlet config, for in-process requests. */
    public static DispatcherServlet initialise(DispatcherServlet servlet) {
        if (!ClassUtils.isPresent("org.springframework.mock.web.MockHttpServletRequest",
                FlaskClient.class.getClassLoader())) {
            throw new IllegalStateException("The test client needs spring-test on the classpath: add the dependency"
                    + " org.springframework:spring-test (test scope), or spring-boot-starter-test.");
        }
        try {
            servlet.init(new MockServletConfig(new MockServletContext(), "flask"));
        } catch (ServletException e) {
            throw new IllegalStateException("Could not initialise the dispatcher servlet", e);
        }
        return servlet;
    }

    /** The app. */
    public Flask app() {
        return app;
    }

    /**
     * The WSGI environ every request of this client starts from, mutable; Flask's {@code client.environ_base}:
     * {@code REMOTE_ADDR} {@code 127.0.0.1} and {@code HTTP_USER_AGENT} {@code Werkzeug/3.1.8} by default. A
     * request's own {@link TestRequest#environBase} and headers win.
     */
    public Map<String, String> environBase() {
        return environBase;
    }

    /** GET {@code url}. */
    public TestResponse get(String url) {
        return open(TestRequest.get(url));
    }

    /** GET {@code url}, following redirects when asked; Flask's {@code client.get(url, follow_redirects=True)}. */
    public TestResponse get(String url, boolean followRedirects) {
        return open(TestRequest.get(url).followRedirects(followRedirects));
    }

    /** POST {@code url} with no body. */
    public TestResponse post(String url) {
        return open(TestRequest.post(url));
    }

    /** POST {@code url} with no body, following redirects when asked. */
    public TestResponse post(String url, boolean followRedirects) {
        return open(TestRequest.post(url).followRedirects(followRedirects));
    }

    /** POST {@code url} with urlencoded form fields. */
    public TestResponse post(String url, Map<String, ?> form) {
        return open(TestRequest.post(url).form(form));
    }

    /** POST {@code url} with urlencoded form fields, following redirects when asked. */
    public TestResponse post(String url, Map<String, ?> form, boolean followRedirects) {
        return open(TestRequest.post(url).form(form).followRedirects(followRedirects));
    }

    /** PUT {@code url}. */
    public TestResponse put(String url) {
        return open(TestRequest.put(url));
    }

    /** PUT {@code url}, following redirects when asked. */
    public TestResponse put(String url, boolean followRedirects) {
        return open(TestRequest.put(url).followRedirects(followRedirects));
    }

    /** PUT {@code url} with form fields. */
    public TestResponse put(String url, Map<String, ?> form) {
        return open(TestRequest.put(url).form(form));
    }

    /** PUT {@code url} with form fields, following redirects when asked. */
    public TestResponse put(String url, Map<String, ?> form, boolean followRedirects) {
        return open(TestRequest.put(url).form(form).followRedirects(followRedirects));
    }

    /** DELETE {@code url}. */
    public TestResponse delete(String url) {
        return open(TestRequest.delete(url));
    }

    /** DELETE {@code url}, following redirects when asked. */
    public TestResponse delete(String url, boolean followRedirects) {
        return open(TestRequest.delete(url).followRedirects(followRedirects));
    }

    /** PATCH {@code url}. */
    public TestResponse patch(String url) {
        return open(TestRequest.patch(url));
    }

    /** PATCH {@code url}, following redirects when asked. */
    public TestResponse patch(String url, boolean followRedirects) {
        return open(TestRequest.patch(url).followRedirects(followRedirects));
    }

    /** HEAD {@code url}. */
    public TestResponse head(String url) {
        return open(TestRequest.head(url));
    }

    /** HEAD {@code url}, following redirects when asked. */
    public TestResponse head(String url, boolean followRedirects) {
        return open(TestRequest.head(url).followRedirects(followRedirects));
    }

    /** OPTIONS {@code url}. */
    public TestResponse options(String url) {
        return open(TestRequest.options(url));
    }

    /** OPTIONS {@code url}, following redirects when asked. */
    public TestResponse options(String url, boolean followRedirects) {
        return open(TestRequest.options(url).followRedirects(followRedirects));
    }

    /**
     * Sends {@code request}, following redirects when it asks to; Werkzeug's {@code Client.open}. Each followed
     * response is in the final one's {@code history()}; 307 and 308 repeat the method and body, the others become
     * a GET (HEAD stays HEAD) without a body.
     *
     * @throws ClientRedirectError when a redirect with the same code and location was already followed
     * @throws IllegalStateException when a redirect leaves the request's host (Werkzeug does not follow those)
     */
    public TestResponse open(TestRequest request) {
        List<TestResponse> history = new ArrayList<>();
        Set<String> followed = new HashSet<>();
        TestRequest current = request;
        while (true) {
            TestResponse response = send(current, history);
            if (!current.followsRedirects() || !isRedirect(response.statusCode()) || response.location() == null) {
                return response;
            }
            if (!followed.add(response.statusCode() + " " + response.location())) {
                throw new ClientRedirectError("Loop detected: A " + response.statusCode() + " redirect to "
                        + response.location() + " was already made.");
            }
            history.add(response);
            current = resolveRedirect(current, response);
        }
    }

    private static boolean isRedirect(int code) {
        return code == 301 || code == 302 || code == 303 || code == 305 || code == 307 || code == 308;
    }

    /**
     * The request that follows {@code response}; Werkzeug's {@code resolve_redirect}: the location's path is taken
     * under the script root when it starts with it, and outside any root otherwise.
     */
    private TestRequest resolveRedirect(TestRequest from, TestResponse response) {
        MockHttpServletRequest sent = from.toServletRequest(app);
        URI target = URI.create(TestRequest.escapeForUri(response.location()));
        String scheme = sent.getScheme();
        String host = sent.getHeader("Host");
        if (target.getRawAuthority() != null) {
            checkSameServer(target.getHost(), sent.getServerName());
            scheme = target.getScheme();
            host = target.getRawAuthority();
        }
        String path = target.getRawPath() == null ? "" : target.getRawPath();
        String root = sent.getContextPath();
        if (path.equals(root) || path.startsWith(root + "/")) {
            path = path.substring(root.length());
        } else {
            root = "";
        }
        if (!path.startsWith("/")) {
            path = "/" + path;
        }
        String url = target.getRawQuery() == null ? path : path + "?" + target.getRawQuery();
        int code = response.statusCode();
        boolean keep = code == 307 || code == 308;
        String method = keep || "HEAD".equals(from.method()) ? from.method() : "GET";
        return from.redirected(scheme + "://" + host + root, url, method, keep);
    }

    private static void checkSameServer(String to, String from) {
        String toName = to == null ? "" : to;
        if (toName.equals(from)) {
            return;
        }
        if (toName.endsWith("." + from)) {
            throw new IllegalStateException("Following subdomain redirects is not enabled.");
        }
        throw new IllegalStateException("Following external redirects is not supported.");
    }

    /**
     * Keeps the contexts of each request pushed after it returns, until the next request or
     * {@link #close()}, so a test can inspect {@code request()}, {@code session()} and {@code g()};
     * Flask's {@code with client:}.
     */
    public FlaskClient preserveContext() {
        this.preserveContext = true;
        return this;
    }

    /** Pops a preserved context and stops preserving; the end of Flask's {@code with client:} block. */
    @Override
    public void close() {
        popPreserved();
        preserveContext = false;
    }

    private void popPreserved() {
        if (preserved != null) {
            PreservedContext p = preserved;
            preserved = null;
            p.pop();
        }
    }

    private TestResponse send(TestRequest request, List<TestResponse> history) {
        popPreserved();
        MockHttpServletRequest servletRequest = request.toServletRequest(app, environBase);
        PreservedContext.Capture capture = preserveContext ? PreservedContext.captureOn(servletRequest) : null;
        String cookieHeader = cookies.header(servletRequest.getServerName(), servletRequest.getRequestURI());
        if (cookieHeader != null) {
            servletRequest.addHeader("Cookie", cookieHeader);
        }
        MockHttpServletResponse servletResponse = new MockHttpServletResponse();
        try {
            new MockFilterChain(servlet, app.middleware().toArray(Filter[]::new)).doFilter(servletRequest, servletResponse);
        } catch (ServletException e) {
            if (capture != null) {
                preserved = capture.repush();
            }
            throw Rethrow.unchecked(e.getCause() != null ? e.getCause() : e);
        } catch (IOException e) {
            throw Rethrow.unchecked(e);
        }
        for (String setCookie : servletResponse.getHeaders("Set-Cookie")) {
            cookies.store(setCookie, servletRequest.getServerName());
        }
        if (capture != null) {
            preserved = capture.repush();
        }
        return new TestResponse(app, request, servletResponse, history);
    }

    /**
     * Opens the session the client's cookies hold, lets {@code transaction} read and change it, and
     * stores the saved session cookie back in the client; Flask's {@code session_transaction()}.
     *
     * @throws IllegalStateException when the app cannot open a session (no {@code SECRET_KEY})
     */
    public void sessionTransaction(Consumer<Session> transaction) {
        sessionTransaction(TestRequest.get("/"), transaction);
    }

    /** {@link #sessionTransaction(Consumer)} for the session a given request would see. */
    public void sessionTransaction(TestRequest request, Consumer<Session> transaction) {
        MockHttpServletRequest servletRequest = request.toServletRequest(app);
        String cookieHeader = cookies.header(servletRequest.getServerName(), servletRequest.getRequestURI());
        if (cookieHeader != null) {
            servletRequest.addHeader("Cookie", cookieHeader);
        }
        RequestContext ctx = app.requestContext(servletRequest);
        SessionInterface sessions = app.sessionInterface();
        Session session = sessions.openSession(app, ctx.request());
        if (session == null) {
            throw new IllegalStateException("Session backend did not open a session. Check the configuration");
        }
        ctx.push();
        try {
            transaction.accept(session);
            Response response = new Response();
            sessions.saveSession(app, session, response);
            for (String setCookie : response.headers().getAll("Set-Cookie")) {
                cookies.store(setCookie, servletRequest.getServerName());
            }
        } finally {
            ctx.pop(null);
        }
    }

    /** Sets a cookie the client sends to {@code localhost}; Werkzeug's {@code set_cookie}. */
    public void setCookie(String key, String value) {
        setCookie(key, value, "localhost", "/");
    }

    /** Sets a cookie for a domain and path. */
    public void setCookie(String key, String value, String domain, String path) {
        cookies.set(new TestCookie(key, value, domain, path, null, false, false, null));
    }

    /** The cookie {@code key} for {@code localhost} and path {@code /}, or null; Werkzeug's {@code get_cookie}. */
    public TestCookie getCookie(String key) {
        return getCookie(key, "localhost", "/");
    }

    /** The cookie {@code key} for a domain and path, or null. */
    public TestCookie getCookie(String key, String domain, String path) {
        return cookies.get(key, domain, path);
    }

    /** Forgets the cookie {@code key} for {@code localhost}; Werkzeug's {@code delete_cookie}. */
    public void deleteCookie(String key) {
        cookies.remove(key, "localhost", "/");
    }

    /** Forgets a cookie for a domain and path. */
    public void deleteCookie(String key, String domain, String path) {
        cookies.remove(key, domain, path);
    }
}
