package dev.flaskspring.testing;

import dev.flaskspring.Flask;
import dev.flaskspring.urls.Urls;
import dev.flaskspring.wrappers.FileStorage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockPart;

/**
 * A request to send with the test client or to push with {@code testRequestContext}; Werkzeug's
 * {@code EnvironBuilder}.
 * <p>The URL may be a path ({@code /x?a=1}) or absolute ({@code http://example.com:8080/x}); without a
 * host the app's {@code SERVER_NAME} or {@code localhost} is used, and {@code APPLICATION_ROOT} is the
 * script root.
 */
public final class TestRequest {

    private final String method;
    private final String url;
    private final List<String[]> headers = new ArrayList<>();
    private final Map<String, Object> query = new LinkedHashMap<>();
    private final Map<String, Object> form = new LinkedHashMap<>();
    private final List<FileStorage> files = new ArrayList<>();
    private byte[] data;
    private String contentType;
    private Object json;
    private boolean hasJson;
    private boolean followRedirects;
    private final Map<String, String> environBase = new LinkedHashMap<>();
    private String remoteAddr;
    private String scheme;
    private String subdomain;
    private String baseUrl;

    private TestRequest(String method, String url) {
        this.method = method.toUpperCase(Locale.ROOT);
        this.url = url;
    }

    /** A request with any method. */
    public static TestRequest of(String method, String url) {
        return new TestRequest(method, url);
    }

    /** A GET request. */
    public static TestRequest get(String url) {
        return new TestRequest("GET", url);
    }

    /** A POST request. */
    public static TestRequest post(String url) {
        return new TestRequest("POST", url);
    }

    /** A PUT request. */
    public static TestRequest put(String url) {
        return new TestRequest("PUT", url);
    }

    /** A DELETE request. */
    public static TestRequest delete(String url) {
        return new TestRequest("DELETE", url);
    }

    /** A PATCH request. */
    public static TestRequest patch(String url) {
        return new TestRequest("PATCH", url);
    }

    /** A HEAD request. */
    public static TestRequest head(String url) {
        return new TestRequest("HEAD", url);
    }

    /** An OPTIONS request. */
    public static TestRequest options(String url) {
        return new TestRequest("OPTIONS", url);
    }

    /** Adds a header. */
    public TestRequest header(String name, String value) {
        headers.add(new String[] {name, value});
        return this;
    }

    /** Adds query arguments (a {@code Collection} value repeats the key). */
    public TestRequest queryString(Map<String, ?> args) {
        query.putAll(args);
        return this;
    }

    /** Sends form fields, urlencoded (multipart when files are added). */
    public TestRequest form(Map<String, ?> fields) {
        form.putAll(fields);
        return this;
    }

    /** Adds an uploaded file; the body becomes multipart. */
    public TestRequest file(FileStorage file) {
        files.add(file);
        return this;
    }

    /** Sends raw bytes as the body. */
    public TestRequest data(byte[] body) {
        this.data = body;
        return this;
    }

    /** Sends text (UTF-8) as the body. */
    public TestRequest data(String body) {
        return data(body.getBytes(StandardCharsets.UTF_8));
    }

    /** Sends {@code value} as JSON with type {@code application/json}, written by the app's JSON provider. */
    public TestRequest json(Object value) {
        this.json = value;
        this.hasJson = true;
        return this;
    }

    /** Sets the {@code Content-Type}. */
    public TestRequest contentType(String contentType) {
        this.contentType = contentType;
        return this;
    }

    /** Whether the test client follows redirects, recording each response in {@code history()}. */
    public TestRequest followRedirects(boolean follow) {
        this.followRedirects = follow;
        return this;
    }

    /** The client address; the test client's {@code REMOTE_ADDR} (default {@code 127.0.0.1}) otherwise. */
    public TestRequest remoteAddr(String addr) {
        this.remoteAddr = addr;
        return this;
    }

    /**
     * WSGI environ keys for this request, over the test client's {@link FlaskClient#environBase()}; Flask's
     * {@code client.get(..., environ_base={...})}. {@code HTTP_*} keys are headers the request does not set itself.
     */
    public TestRequest environBase(Map<String, String> environ) {
        environBase.putAll(environ);
        return this;
    }

    /** The URL scheme when the URL has none (default {@code PREFERRED_URL_SCHEME}). */
    public TestRequest scheme(String scheme) {
        this.scheme = scheme;
        return this;
    }

    /** A subdomain put in front of {@code SERVER_NAME} when the URL has no host. */
    public TestRequest subdomain(String subdomain) {
        this.subdomain = subdomain;
        return this;
    }

    /**
     * The URL the request path is relative to, such as {@code http://example.com:8080/foo}: its path
     * becomes the script root; Werkzeug's {@code base_url}.
     */
    public TestRequest baseUrl(String baseUrl) {
        this.baseUrl = baseUrl;
        return this;
    }

    /** The method. */
    public String method() {
        return method;
    }

    /** The URL as given. */
    public String url() {
        return url;
    }

    boolean followsRedirects() {
        return followRedirects;
    }

    /**
     * A copy for the next hop of a redirect to {@code url} under {@code baseUrl}: the same headers and environ,
     * and the method and body only when {@code keepBody} (307, 308); Werkzeug's {@code resolve_redirect}.
     */
    TestRequest redirected(String baseUrl, String url, String newMethod, boolean keepBody) {
        TestRequest next = new TestRequest(newMethod, url);
        headers.stream().filter(h -> !h[0].equalsIgnoreCase("Cookie") && (keepBody || !describesBody(h[0])))
                .forEach(next.headers::add);
        if (keepBody) {
            next.form.putAll(form);
            next.files.addAll(files);
            next.data = data;
            next.contentType = contentType;
            next.json = json;
            next.hasJson = hasJson;
        }
        next.remoteAddr = remoteAddr;
        next.environBase.putAll(environBase);
        next.baseUrl = baseUrl;
        next.followRedirects = followRedirects;
        return next;
    }

    private static boolean describesBody(String header) {
        return header.equalsIgnoreCase("Content-Type") || header.equalsIgnoreCase("Content-Length")
                || header.equalsIgnoreCase("Transfer-Encoding");
    }

    /** Builds the servlet request for {@code app}. */
    public MockHttpServletRequest toServletRequest(Flask app) {
        return toServletRequest(app, Map.of());
    }

    /** Builds the servlet request for {@code app}, with a client's environ under this request's own. */
    public MockHttpServletRequest toServletRequest(Flask app, Map<String, String> clientEnviron) {
        URI parsed = URI.create(escapeForUri(url));
        String appRoot = String.valueOf(app.config().getOrDefault("APPLICATION_ROOT", "/"));
        String urlScheme = scheme != null ? scheme : String.valueOf(app.config().get("PREFERRED_URL_SCHEME"));
        String host;
        String rawPath;
        if (baseUrl != null && parsed.getScheme() == null) {
            URI base = URI.create(escapeForUri(baseUrl));
            urlScheme = base.getScheme();
            host = base.getRawAuthority();
            rawPath = parsed.getRawPath();
            appRoot = base.getRawPath() == null || base.getRawPath().isEmpty() ? "/" : base.getRawPath();
        } else if (parsed.getScheme() != null && parsed.getRawAuthority() != null) {
            urlScheme = parsed.getScheme();
            host = parsed.getRawAuthority();
            rawPath = parsed.getRawPath();
            appRoot = "/";
        } else {
            Object serverName = app.config().get("SERVER_NAME");
            host = (subdomain != null ? subdomain + "." : "") + (serverName != null ? serverName : "localhost");
            rawPath = parsed.getRawPath();
        }
        if (rawPath == null || rawPath.isEmpty()) {
            rawPath = "/";
        }
        String contextPath = appRoot.equals("/") ? "" : "/" + appRoot.replaceAll("^/+|/+$", "");
        MockHttpServletRequest req = new MockHttpServletRequest(method, contextPath + rawPath);
        req.setContextPath(contextPath);
        req.setScheme(urlScheme);
        req.setSecure("https".equals(urlScheme));
        int colon = host.lastIndexOf(':');
        boolean hasPort = colon > 0 && host.indexOf(']', colon) < 0;
        req.setServerName(hasPort ? host.substring(0, colon) : host);
        req.setServerPort(hasPort ? Integer.parseInt(host.substring(colon + 1)) : "https".equals(urlScheme) ? 443 : 80);
        req.addHeader("Host", host);
        String queryString = buildQuery(parsed.getRawQuery());
        if (!queryString.isEmpty()) {
            req.setQueryString(queryString);
        }
        for (String[] h : headers) {
            if (h[0].equalsIgnoreCase("Host")) {
                req.removeHeader("Host");
            }
            req.addHeader(h[0], h[1]);
            if (h[0].equalsIgnoreCase("Content-Type")) {
                req.setContentType(h[1]);
            }
        }
        writeBody(app, req);
        Map<String, String> environ = new LinkedHashMap<>(clientEnviron);
        environ.putAll(environBase);
        EnvironBase.apply(environ, req);
        if (remoteAddr != null) {
            req.setRemoteAddr(remoteAddr);
        }
        return req;
    }

    private void writeBody(Flask app, MockHttpServletRequest req) {
        if (hasJson) {
            req.setContent(app.json().dumps(json).getBytes(StandardCharsets.UTF_8));
            req.setContentType(contentType != null ? contentType : "application/json");
        } else if (!files.isEmpty()) {
            req.setContentType("multipart/form-data; boundary=flask-spring-test");
            form.forEach((k, v) -> eachValue(v, item -> {
                MockPart part = new MockPart(k, String.valueOf(item).getBytes(StandardCharsets.UTF_8));
                req.addPart(part);
            }));
            for (FileStorage f : files) {
                try {
                    MockPart part = new MockPart(f.name(), f.filename(), f.readAllBytes());
                    if (f.contentType() != null) {
                        part.getHeaders().set("Content-Type", f.contentType());
                    }
                    req.addPart(part);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        } else if (!form.isEmpty()) {
            req.setContent(encode(form).getBytes(StandardCharsets.UTF_8));
            req.setContentType(contentType != null ? contentType : "application/x-www-form-urlencoded");
        } else if (data != null) {
            req.setContent(data);
            if (contentType != null) {
                req.setContentType(contentType);
            }
        } else if (contentType != null) {
            req.setContentType(contentType);
        }
        if (req.getContentType() != null && req.getHeader("Content-Type") == null) {
            req.addHeader("Content-Type", req.getContentType());
        }
    }

    private String buildQuery(String rawQuery) {
        String extra = encode(query);
        if (rawQuery == null || rawQuery.isEmpty()) {
            return extra;
        }
        return extra.isEmpty() ? rawQuery : rawQuery + "&" + extra;
    }

    private static String encode(Map<String, Object> values) {
        StringBuilder sb = new StringBuilder();
        values.forEach((k, v) -> eachValue(v, item -> {
            if (sb.length() > 0) {
                sb.append('&');
            }
            sb.append(Urls.quote(k, "")).append('=').append(Urls.quote(String.valueOf(item), ""));
        }));
        return sb.toString();
    }

    private static void eachValue(Object v, java.util.function.Consumer<Object> action) {
        if (v instanceof Iterable<?> many) {
            many.forEach(action);
        } else if (v != null) {
            action.accept(v);
        }
    }

    /** Percent-encodes what {@link URI} would refuse (spaces, non-ASCII), leaving valid escapes alone. */
    static String escapeForUri(String s) {
        return Urls.quote(s, "!#$%&'()*+,/:;=?@[]~");
    }

    @Override
    public String toString() {
        return "<TestRequest " + method + " " + url + ">";
    }
}
