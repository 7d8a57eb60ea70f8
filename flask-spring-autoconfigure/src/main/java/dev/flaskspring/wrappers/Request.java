package dev.flaskspring.wrappers;

import dev.flaskspring.exceptions.BadRequest;
import dev.flaskspring.exceptions.HTTPException;
import dev.flaskspring.exceptions.RequestEntityTooLarge;
import dev.flaskspring.exceptions.UnsupportedMediaType;
import dev.flaskspring.json.JsonProvider;
import dev.flaskspring.routing.Rule;
import dev.flaskspring.urls.Urls;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletMapping;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.MappingMatch;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The incoming request, parsed lazily; Flask's {@code Request}.
 * <p>Wraps the servlet request: nothing (query, form, cookies, headers, body) is read or copied
 * until asked for. Paths are percent-decoded as WSGI's {@code PATH_INFO} is.
 */
public class Request extends RequestDescriptors {

    /** The limits and JSON provider a request needs from its app. */
    public interface Settings {
        /** {@code MAX_CONTENT_LENGTH}, or null. */
        Long maxContentLength();

        /** {@code MAX_FORM_MEMORY_SIZE}, or null. */
        Long maxFormMemorySize();

        /** {@code MAX_FORM_PARTS}, or null. */
        Integer maxFormParts();

        /** The app's JSON provider. */
        JsonProvider json();

        /** Whether the app is in debug mode (JSON errors then say why). */
        boolean debug();
    }

    private static final Object NOT_LOADED = new Object();

    private HttpServletRequest servlet;
    private Settings settings;
    private String method;
    private String path;
    private String scriptRoot;
    private MultiDict<String> args;
    private MultiDict<String> form;
    private MultiDict<FileStorage> files;
    private MultiDict<String> cookies;
    private Headers headers;
    private byte[] data;
    private InputStream stream;
    private Object json = NOT_LOADED;
    private Object silentJson = NOT_LOADED;
    private Rule urlRule;
    private Map<String, Object> viewArgs;
    private HTTPException routingException;
    private Long maxContentLength;
    private boolean maxContentLengthSet;
    private Long maxFormMemorySize;
    private boolean maxFormMemorySizeSet;
    private Integer maxFormParts;
    private boolean maxFormPartsSet;

    /** Wraps {@code servlet} for an app with {@code settings}. */
    public Request(HttpServletRequest servlet, Settings settings) {
        bind(servlet, settings);
    }

    /**
     * A request of a subclass named by {@code AppOptions.requestClass}, bound to its servlet request by the app
     * (through {@link RequestClass}) before anything reads it.
     */
    protected Request() {
    }

    final void bind(HttpServletRequest servlet, Settings settings) {
        this.servlet = servlet;
        this.settings = settings;
        this.method = servlet.getMethod().toUpperCase(Locale.ROOT);
    }

    /** The servlet request underneath. */
    public HttpServletRequest servletRequest() {
        return servlet;
    }

    /** The method, upper-case. */
    public String method() {
        return method;
    }

    /** The path below the app's root, percent-decoded, starting with {@code /}; Werkzeug's {@code path}. */
    public String path() {
        if (path == null) {
            splitPath();
        }
        return path;
    }

    /** The prefix the app is mounted under, without trailing slash; Werkzeug's {@code root_path}/{@code script_root}. */
    public String scriptRoot() {
        if (scriptRoot == null) {
            splitPath();
        }
        return scriptRoot;
    }

    private void splitPath() {
        String uri = servlet.getRequestURI();
        String context = servlet.getContextPath();
        String rest = uri.startsWith(context) ? uri.substring(context.length()) : uri;
        String root = context;
        HttpServletMapping mapping = servlet.getHttpServletMapping();
        if (mapping != null && mapping.getMappingMatch() == MappingMatch.PATH) {
            String servletPath = servlet.getServletPath();
            if (rest.startsWith(servletPath)) {
                root = root + servletPath;
                rest = rest.substring(servletPath.length());
            }
        }
        int semi = rest.indexOf(';');
        if (semi >= 0) {
            rest = rest.substring(0, semi);
        }
        String decoded = Urls.unquote(rest, false);
        path = decoded.startsWith("/") ? decoded : "/" + decoded;
        String decodedRoot = Urls.unquote(root, false);
        scriptRoot = decodedRoot.endsWith("/") ? decodedRoot.substring(0, decodedRoot.length() - 1) : decodedRoot;
    }

    /** The raw query string, or "". */
    public String queryString() {
        String q = servlet.getQueryString();
        return q == null ? "" : q;
    }

    /** The path and query string, {@code /x?a=1}; the {@code ?} is always there; Werkzeug's {@code full_path}. */
    public String fullPath() {
        return path() + "?" + queryString();
    }

    /** {@code http} or {@code https}. */
    public String scheme() {
        return servlet.getScheme();
    }

    /** Whether the request came over HTTPS. */
    public boolean isSecure() {
        return servlet.isSecure() || "https".equals(scheme());
    }

    /** The host, with the port unless it is the scheme's default; Werkzeug's {@code host}. */
    public String host() {
        String host = servlet.getHeader("Host");
        if (host == null || host.isEmpty()) {
            String name = servlet.getServerName();
            if (name.indexOf(':') >= 0 && !name.startsWith("[")) {
                name = "[" + name + "]";
            }
            host = name + ":" + servlet.getServerPort();
        }
        String scheme = scheme();
        if ("http".equals(scheme) && host.endsWith(":80")) {
            host = host.substring(0, host.length() - 3);
        } else if ("https".equals(scheme) && host.endsWith(":443")) {
            host = host.substring(0, host.length() - 4);
        }
        return host;
    }

    /** {@code scheme://host/}; Werkzeug's {@code host_url}. */
    public String hostUrl() {
        return scheme() + "://" + host() + "/";
    }

    /** {@code scheme://host/root/}; Werkzeug's {@code url_root}. */
    public String urlRoot() {
        return scheme() + "://" + host() + quotePath(scriptRoot()) + "/";
    }

    /** The URL without the query string; Werkzeug's {@code base_url}. */
    public String baseUrl() {
        return scheme() + "://" + host() + quotePath(scriptRoot()) + "/" + quotePath(stripLeadingSlashes(path()));
    }

    /** The full URL, query string included; Werkzeug's {@code url}. */
    public String url() {
        String q = queryString();
        String base = baseUrl();
        return q.isEmpty() ? base : base + "?" + Urls.quote(q, "!$&'()*+,/:;=?@%");
    }

    private static String quotePath(String s) {
        return Urls.quote(s, "!$&'()*+,/:;=@%");
    }

    private static String stripLeadingSlashes(String s) {
        int i = 0;
        while (i < s.length() && s.charAt(i) == '/') {
            i++;
        }
        return s.substring(i);
    }

    /** The query arguments; Werkzeug's {@code args}. */
    public MultiDict<String> args() {
        if (args == null) {
            args = UrlEncodedForm.parse(servlet.getQueryString());
        }
        return args;
    }

    /** The form fields of a urlencoded or multipart body; Werkzeug's {@code form}. */
    public MultiDict<String> form() {
        if (form == null) {
            parseForm();
        }
        return form;
    }

    /** The uploaded files of a multipart body; Werkzeug's {@code files}. */
    public MultiDict<FileStorage> files() {
        if (files == null) {
            parseForm();
        }
        return files;
    }

    /** Query arguments then, except for GET, form fields; Werkzeug's {@code values}. */
    public MultiDict<String> values() {
        MultiDict<String> out = new MultiDict<>();
        out.addAll(args());
        if (!"GET".equals(method)) {
            out.addAll(form());
        }
        return out;
    }

    /** The cookies sent with the request; Werkzeug's {@code cookies}. */
    public MultiDict<String> cookies() {
        if (cookies == null) {
            cookies = CookieParser.parse(Collections.list(servlet.getHeaders("Cookie")));
        }
        return cookies;
    }

    /** One cookie's value, or null (without parsing the others into a map). */
    public String cookie(String name) {
        return cookies().get(name);
    }

    /** The request headers; Werkzeug's {@code headers}. */
    public Headers headers() {
        if (headers == null) {
            Headers h = new Headers();
            for (String name : Collections.list(servlet.getHeaderNames())) {
                for (String value : Collections.list(servlet.getHeaders(name))) {
                    h.add(name, value);
                }
            }
            headers = h;
        }
        return headers;
    }

    /** The {@code Content-Type} header, or null. */
    public String contentType() {
        return servlet.getContentType();
    }

    /** The content type without parameters, lower-cased, or ""; Werkzeug's {@code mimetype}. */
    public String mimetype() {
        String ct = contentType();
        if (ct == null) {
            return "";
        }
        int semi = ct.indexOf(';');
        return (semi < 0 ? ct : ct.substring(0, semi)).trim().toLowerCase(Locale.ROOT);
    }

    /** The declared body length, or null. */
    public Long contentLength() {
        long len = servlet.getContentLengthLong();
        return len < 0 ? null : len;
    }

    /** The client's address. */
    public String remoteAddr() {
        return servlet.getRemoteAddr();
    }

    /** {@code X-Forwarded-For}'s addresses, else the client's; Werkzeug's {@code access_route}. */
    public List<String> accessRoute() {
        String forwarded = servlet.getHeader("X-Forwarded-For");
        if (forwarded == null) {
            return List.of(remoteAddr());
        }
        List<String> out = new ArrayList<>();
        for (String part : forwarded.split(",")) {
            if (!part.isBlank()) {
                out.add(part.trim());
            }
        }
        return out;
    }

    /** The {@code User-Agent} header, or "". */
    public String userAgent() {
        String ua = servlet.getHeader("User-Agent");
        return ua == null ? "" : ua;
    }

    /** A header's value, repeated headers joined with {@code ,} as a WSGI server joins them; null when absent. */
    @Override
    String header(String name) {
        List<String> values = Collections.list(servlet.getHeaders(name));
        return values.isEmpty() ? null : String.join(",", values);
    }

    /** Whether the mimetype is JSON ({@code application/json} or {@code application/*+json}); Werkzeug's {@code is_json}. */
    public boolean isJson() {
        String mt = mimetype();
        return mt.equals("application/json") || (mt.startsWith("application/") && mt.endsWith("+json"));
    }

    /** The body parsed as JSON; 415 if the type is not JSON, 400 if malformed; Flask's {@code request.json}. */
    public Object json() {
        return getJson(false, false);
    }

    /**
     * The body parsed as JSON; Flask's {@code get_json(force, silent)}: {@code force} ignores the type,
     * {@code silent} returns null instead of failing. Otherwise a failure gives what
     * {@link #onJsonLoadingFailed} returns. The result is kept for the next call, as Werkzeug caches it.
     */
    public Object getJson(boolean force, boolean silent) {
        Object cached = silent ? silentJson : json;
        if (cached != NOT_LOADED) {
            return cached;
        }
        if (!(force || isJson())) {
            return silent ? null : onJsonLoadingFailed(null);
        }
        byte[] body = getData();
        Object rv;
        try {
            rv = settings.json().loads(body);
        } catch (RuntimeException e) {
            if (silent) {
                silentJson = null;
                return null;
            }
            json = onJsonLoadingFailed(e);
            return json;
        }
        json = rv;
        silentJson = rv;
        return rv;
    }

    /**
     * What {@link #getJson} gives when the body cannot be loaded; Flask's {@code on_json_loading_failed}. Override
     * it in a request class to return a value instead, or to throw another error.
     * <p>{@code e} is null when the request is not JSON: 415 Unsupported Media Type. Malformed JSON is a 400 Bad
     * Request that says why only in debug mode, as in Flask.
     *
     * @param e why parsing failed, or null when the body is not declared as JSON
     */
    public Object onJsonLoadingFailed(RuntimeException e) {
        if (e == null) {
            throw new UnsupportedMediaType("Did not attempt to load JSON data because the request Content-Type was"
                    + " not 'application/json'.");
        }
        throw settings.debug() ? new BadRequest("Failed to decode JSON object: " + e.getMessage()) : new BadRequest();
    }

    /** The raw body, read once and kept; Werkzeug's {@code get_data()}. 413 over {@code MAX_CONTENT_LENGTH}. */
    public byte[] getData() {
        if (data == null) {
            data = readBody(maxContentLength());
        }
        return data;
    }

    /** The body decoded as UTF-8 (invalid bytes replaced); Werkzeug's {@code get_data(as_text=True)}. */
    public String getDataAsText() {
        return Urls.decodeUtf8(getData());
    }

    /**
     * The stream of the body, for reading it unbuffered; Werkzeug's {@code stream}. With a
     * {@code MAX_CONTENT_LENGTH}, a declared length over it is 413 at once and reading past it is 413.
     */
    public InputStream stream() throws IOException {
        if (stream == null) {
            stream = limitedBody(maxContentLength());
        }
        return stream;
    }

    /** The body size limit in force: this request's override, else {@code MAX_CONTENT_LENGTH}. */
    public Long maxContentLength() {
        return maxContentLengthSet ? maxContentLength : settings.maxContentLength();
    }

    /** Overrides {@code MAX_CONTENT_LENGTH} for this request (null = no limit); Flask 3.1's setter. */
    public void setMaxContentLength(Long limit) {
        this.maxContentLength = limit;
        this.maxContentLengthSet = true;
    }

    /** The form field size limit in force: this request's override, else {@code MAX_FORM_MEMORY_SIZE}. */
    public Long maxFormMemorySize() {
        return maxFormMemorySizeSet ? maxFormMemorySize : settings.maxFormMemorySize();
    }

    /** Overrides {@code MAX_FORM_MEMORY_SIZE} for this request; Flask 3.1's setter. */
    public void setMaxFormMemorySize(Long limit) {
        this.maxFormMemorySize = limit;
        this.maxFormMemorySizeSet = true;
    }

    /** The multipart part limit in force: this request's override, else {@code MAX_FORM_PARTS}. */
    public Integer maxFormParts() {
        return maxFormPartsSet ? maxFormParts : settings.maxFormParts();
    }

    /** Overrides {@code MAX_FORM_PARTS} for this request; Flask 3.1's setter. */
    public void setMaxFormParts(Integer limit) {
        this.maxFormParts = limit;
        this.maxFormPartsSet = true;
    }

    /** The body stream, refused (413) before a byte is read when the declared length is over {@code limit}. */
    private InputStream limitedBody(Long limit) throws IOException {
        Long declared = contentLength();
        if (limit != null && declared != null && declared > limit) {
            throw new RequestEntityTooLarge();
        }
        InputStream in = servlet.getInputStream();
        return limit == null ? in : new LimitedStream(in, limit);
    }

    private byte[] readBody(Long limit) {
        try (InputStream in = limitedBody(limit)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new BadRequest("The request body could not be read.");
        }
    }

    private void parseForm() {
        MultiDict<String> fields = new MultiDict<>();
        MultiDict<FileStorage> uploads = new MultiDict<>();
        String mt = mimetype();
        if (mt.equals("application/x-www-form-urlencoded")) {
            // Werkzeug's order: a declared length over a limit is refused before the body is read, and a
            // chunked body is read no further than the limit.
            Long limit = minLimit(maxContentLength(), maxFormMemorySize());
            if (data == null) {
                data = readBody(limit);
            } else if (limit != null && data.length > limit) {
                throw new RequestEntityTooLarge();
            }
            fields = UrlEncodedForm.parse(new String(data, StandardCharsets.UTF_8));
        } else if (mt.equals("multipart/form-data")) {
            parseMultipart(fields, uploads);
        }
        form = fields;
        files = uploads;
    }

    private void parseMultipart(MultiDict<String> fields, MultiDict<FileStorage> uploads) {
        Long limit = maxContentLength();
        Long declared = contentLength();
        if (limit != null && declared != null && declared > limit) {
            throw new RequestEntityTooLarge();
        }
        List<Part> parts;
        try {
            parts = new ArrayList<>(servlet.getParts());
        } catch (IOException | ServletException | IllegalStateException e) {
            if (isSizeError(e)) {
                throw new RequestEntityTooLarge();
            }
            throw new BadRequest("The multipart body could not be parsed.");
        }
        Integer maxParts = maxFormParts();
        if (maxParts != null && parts.size() > maxParts) {
            throw new RequestEntityTooLarge();
        }
        if (limit != null && parts.stream().mapToLong(Part::getSize).sum() > limit) {
            throw new RequestEntityTooLarge();
        }
        Long memory = maxFormMemorySize();
        for (Part part : parts) {
            String filename = part.getSubmittedFileName();
            if (filename != null) {
                uploads.add(part.getName(), new FileStorage(part.getName(), filename, part.getContentType(),
                        part.getSize(), part::getInputStream));
            } else {
                if (memory != null && part.getSize() > memory) {
                    throw new RequestEntityTooLarge();
                }
                try (InputStream in = part.getInputStream()) {
                    fields.add(part.getName(), Urls.decodeUtf8(in.readAllBytes()));
                } catch (IOException e) {
                    throw new BadRequest("The multipart body could not be parsed.");
                }
            }
        }
    }

    private static boolean isSizeError(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String name = t.getClass().getSimpleName();
            if (name.contains("SizeLimit") || name.contains("SizeException") || name.contains("FileCountLimit")) {
                return true;
            }
        }
        return false;
    }

    private static Long minLimit(Long a, Long b) {
        if (a == null) {
            return b;
        }
        return b == null ? a : Math.min(a, b);
    }

    /** The matched rule, or null when routing failed; Flask's {@code url_rule}. */
    public Rule urlRule() {
        return urlRule;
    }

    /** The matched URL variables, or null when routing failed; Flask's {@code view_args}. */
    public Map<String, Object> viewArgs() {
        return viewArgs;
    }

    /** The routing failure (404, 405, a redirect), or null; Flask's {@code routing_exception}. */
    public HTTPException routingException() {
        return routingException;
    }

    /** Records the routing outcome; called by the request context. */
    public void setRouting(Rule rule, Map<String, Object> viewArgs, HTTPException routingException) {
        this.urlRule = rule;
        this.viewArgs = viewArgs;
        this.routingException = routingException;
    }

    /** The matched endpoint, or null; Flask's {@code endpoint}. */
    public String endpoint() {
        return urlRule == null ? null : urlRule.endpoint();
    }

    /** The registered name of the blueprint that owns the endpoint, or null; Flask's {@code blueprint}. */
    public String blueprint() {
        String endpoint = endpoint();
        if (endpoint == null) {
            return null;
        }
        int dot = endpoint.lastIndexOf('.');
        return dot < 0 ? null : endpoint.substring(0, dot);
    }

    /** The current blueprint and its parents, innermost first; Flask's {@code blueprints}. */
    public List<String> blueprints() {
        String name = blueprint();
        if (name == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>(2);
        out.add(name);
        int dot;
        while ((dot = name.lastIndexOf('.')) >= 0) {
            name = name.substring(0, dot);
            out.add(name);
        }
        return out;
    }

    @Override
    public String toString() {
        return "<Request '" + url() + "' [" + method + "]>";
    }
}
