package dev.flaskspring.wrappers;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * An HTTP response: status, headers and a body held in memory or streamed; Flask's {@code Response}.
 * <p>A {@code String} body is sent as UTF-8; an {@link Iterator}, {@link Iterable} (not a byte array) or
 * {@link Stream} of strings or byte arrays is streamed chunk by chunk. The default type is
 * {@code text/html; charset=utf-8}.
 */
public class Response {

    /** The default mimetype; Flask's {@code Response.default_mimetype}. */
    public static final String DEFAULT_MIMETYPE = "text/html";

    private static final Set<String> CHARSET_MIMETYPES = Set.of("application/ecmascript", "application/javascript",
            "application/sql", "application/xml", "application/xml-dtd", "application/xml-external-parsed-entity");

    private int statusCode;
    private String status;
    private final Headers headers = new Headers();
    private byte[] data;
    private Iterator<?> stream;
    private AutoCloseable streamSource;
    private List<Runnable> closeCallbacks;
    private boolean closed;

    /** An empty 200 response. */
    public Response() {
        this(null, 200);
    }

    /** A 200 response with {@code body}. */
    public Response(Object body) {
        this(body, 200);
    }

    /** A response with {@code body} and {@code status}. */
    public Response(Object body, int status) {
        this(body, status, null, null);
    }

    /**
     * A response with body, status, headers and mimetype, as Werkzeug's constructor: the default
     * mimetype applies only when neither {@code mimetype} nor a {@code Content-Type} header is given.
     */
    public Response(Object body, int status, Map<String, ?> headers, String mimetype) {
        setStatusCode(status);
        if (headers != null) {
            this.headers.extend(headers);
        }
        if (mimetype != null) {
            setMimetype(mimetype);
        } else if (!this.headers.containsKey("Content-Type")) {
            setMimetype(DEFAULT_MIMETYPE);
        }
        setBody(body);
    }

    /** The status code, such as 404. */
    public int statusCode() {
        return statusCode;
    }

    /** The status line, {@code "404 NOT FOUND"} style; Werkzeug's {@code status}. */
    public String status() {
        return status;
    }

    /** Sets the status code; the status line becomes Werkzeug's for that code. */
    public void setStatusCode(int code) {
        this.statusCode = code;
        this.status = HttpStatusNames.statusLine(code);
    }

    /**
     * Sets the status from a status line; Werkzeug's {@code status} setter: {@code "404"} becomes
     * {@code "404 NOT FOUND"}, {@code "200 Custom"} stays as it is.
     */
    public void setStatus(String line) {
        String s = line.trim();
        if (s.isEmpty()) {
            throw new IllegalArgumentException("Empty status argument");
        }
        int space = s.indexOf(' ');
        String first = space < 0 ? s : s.substring(0, space);
        int code;
        try {
            code = Integer.parseInt(first);
        } catch (NumberFormatException e) {
            this.statusCode = 0;
            this.status = "0 " + s;
            return;
        }
        if (space < 0) {
            setStatusCode(code);
        } else {
            this.statusCode = code;
            this.status = s;
        }
    }

    /** The headers (mutable). */
    public Headers headers() {
        return headers;
    }

    /** The {@code Content-Type} header, or null. */
    public String contentType() {
        return headers.get("Content-Type");
    }

    /** Sets the {@code Content-Type} header as given. */
    public void setContentType(String contentType) {
        headers.set("Content-Type", contentType);
    }

    /** The mimetype: {@code Content-Type} without parameters, lower-cased. */
    public String mimetype() {
        String ct = contentType();
        if (ct == null) {
            return null;
        }
        int semi = ct.indexOf(';');
        return (semi < 0 ? ct : ct.substring(0, semi)).trim().toLowerCase(Locale.ROOT);
    }

    /** Sets the mimetype, adding {@code charset=utf-8} for text types as Werkzeug's {@code get_content_type}. */
    public void setMimetype(String mimetype) {
        setContentType(withCharset(mimetype));
    }

    /** {@code mimetype} with {@code ; charset=utf-8} when Werkzeug would add it. */
    public static String withCharset(String mimetype) {
        if (mimetype.startsWith("text/") || CHARSET_MIMETYPES.contains(mimetype) || mimetype.endsWith("+xml")) {
            return mimetype + "; charset=utf-8";
        }
        return mimetype;
    }

    /** Adds {@code value} to the {@code Vary} header unless present; Werkzeug's {@code response.vary.add}. */
    public void addVary(String value) {
        String vary = headers.get("Vary");
        if (vary == null) {
            headers.set("Vary", value);
            return;
        }
        for (String part : vary.split(",")) {
            if (part.trim().equalsIgnoreCase(value)) {
                return;
            }
        }
        headers.set("Vary", vary + ", " + value);
    }

    /** The methods of the {@code Allow} header; Werkzeug's {@code allow}. */
    public java.util.Set<String> allow() {
        return headerSet("Allow");
    }

    /** The values of the {@code Vary} header, lower-cased; Werkzeug's {@code vary}. */
    public java.util.Set<String> vary() {
        java.util.Set<String> out = new java.util.LinkedHashSet<>();
        headerSet("Vary").forEach(v -> out.add(v.toLowerCase(Locale.ROOT)));
        return out;
    }

    private java.util.Set<String> headerSet(String name) {
        java.util.Set<String> out = new java.util.LinkedHashSet<>();
        String header = headers.get(name);
        if (header != null) {
            for (String part : header.split(",")) {
                if (!part.isBlank()) {
                    out.add(part.trim());
                }
            }
        }
        return out;
    }

    /** The {@code Location} header, or null. */
    public String location() {
        return headers.get("Location");
    }

    /** Sets the {@code Location} header. */
    public void setLocation(String location) {
        headers.set("Location", location);
    }

    /** The {@code Content-Length} header as a number, or null. */
    public Long contentLength() {
        String v = headers.get("Content-Length");
        return v == null ? null : Long.valueOf(v);
    }

    /** Whether the body is an iterator that has not been read into memory; Werkzeug's {@code is_streamed}. */
    public boolean isStreamed() {
        return stream != null;
    }

    /**
     * The body as bytes; a streamed body is read to the end and kept; Werkzeug's {@code get_data()}.
     */
    public byte[] getData() {
        if (stream != null) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Iterator<?> it = stream;
            stream = null;
            while (it.hasNext()) {
                byte[] chunk = chunkBytes(it.next());
                out.write(chunk, 0, chunk.length);
            }
            data = out.toByteArray();
        }
        return data;
    }

    /** The body decoded as UTF-8; Werkzeug's {@code get_data(as_text=True)} ({@code text} in the test client). */
    public String text() {
        return new String(getData(), StandardCharsets.UTF_8);
    }

    /** Replaces the body with {@code body} (String, bytes, or an iterator of chunks) and updates {@code Content-Length}. */
    public void setData(Object body) {
        setBody(body);
    }

    /** The streamed body's iterator, or null when the body is in memory. Consuming it empties this response. */
    public Iterator<?> streamIterator() {
        Iterator<?> it = stream;
        stream = null;
        return it;
    }

    /** The byte form of one streamed chunk: bytes as they are, anything else as UTF-8 text. */
    public static byte[] chunkBytes(Object chunk) {
        if (chunk instanceof byte[] b) {
            return b;
        }
        return String.valueOf(chunk).getBytes(StandardCharsets.UTF_8);
    }

    /** Adds a {@code Set-Cookie} header; Werkzeug's {@code set_cookie}. */
    public void setCookie(String name, String value, CookieOptions options) {
        headers.add("Set-Cookie", CookieHeader.dump(name, value, options));
    }

    /** Adds a {@code Set-Cookie} header with the default options (path {@code /}). */
    public void setCookie(String name, String value) {
        setCookie(name, value, CookieOptions.defaults());
    }

    /** Tells the client to delete a cookie set with path {@code /}; Werkzeug's {@code delete_cookie}. */
    public void deleteCookie(String name) {
        deleteCookie(name, CookieOptions.defaults());
    }

    /** Tells the client to delete a cookie; path, domain, secure, httpOnly, sameSite and partitioned are used. */
    public void deleteCookie(String name, CookieOptions options) {
        CookieOptions expired = CookieOptions.builder().path(options.path()).domain(options.domain())
                .secure(options.secure()).httpOnly(options.httpOnly()).sameSite(options.sameSite())
                .partitioned(options.partitioned()).expires(java.time.Instant.EPOCH).maxAge(0).build();
        headers.add("Set-Cookie", CookieHeader.dump(name, "", expired));
    }

    /** Runs {@code callback} when the response is closed, after its body was sent; Werkzeug's {@code call_on_close}. */
    public void callOnClose(Runnable callback) {
        if (closeCallbacks == null) {
            closeCallbacks = new ArrayList<>(2);
        }
        closeCallbacks.add(callback);
    }

    /** Runs the close callbacks once, each even when an earlier one fails; Werkzeug's {@code close}. */
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (streamSource != null) {
            try {
                streamSource.close();
            } catch (Exception ignored) {
                // A failing iterator close must not stop the callbacks.
            }
        }
        if (closeCallbacks == null) {
            return;
        }
        RuntimeException first = null;
        for (Runnable r : closeCallbacks) {
            try {
                r.run();
            } catch (RuntimeException e) {
                if (first == null) {
                    first = e;
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }

    /** Sets the {@code ETag} header to {@code "etag"}; Werkzeug's {@code set_etag}. */
    public void setEtag(String etag) {
        setEtag(etag, false);
    }

    /** Sets the {@code ETag} header, {@code W/"etag"} when weak; a tag with {@code "} is refused. */
    public void setEtag(String etag, boolean weak) {
        headers.set("ETag", ETag.quote(etag, weak));
    }

    /** The {@code ETag} header's tag, unquoted, or null; Werkzeug's {@code get_etag}. */
    public ETag getEtag() {
        return ETag.unquote(headers.get("ETag"));
    }

    /** Sets an ETag from the body's SHA-1 unless one is set; Werkzeug's {@code add_etag}. */
    public void addEtag() {
        addEtag(false, false);
    }

    /** Sets an ETag from the body's SHA-1, replacing one with {@code overwrite}; Werkzeug's {@code add_etag}. */
    public void addEtag(boolean overwrite, boolean weak) {
        if (overwrite || !headers.containsKey("ETag")) {
            setEtag(Conditional.generateEtag(getData()), weak);
        }
    }

    /**
     * Makes this response conditional on {@code request} (GET and HEAD only): adds {@code Date}, turns it
     * into 304, or 412 under {@code If-Match}, when the ETag and {@code Last-Modified} say the client's
     * copy is current; Werkzeug's {@code make_conditional}. Returns this response.
     */
    public Response makeConditional(Request request) {
        return makeConditional(request, null, null);
    }

    /** {@link #makeConditional(Request)} also serving byte ranges ({@code Accept-Ranges: bytes}) of {@code completeLength} bytes. */
    public Response makeConditional(Request request, boolean acceptRanges, Long completeLength) {
        return makeConditional(request, acceptRanges ? "bytes" : null, completeLength);
    }

    /**
     * {@link #makeConditional(Request)} advertising {@code acceptRanges} (null: none) and answering a
     * satisfiable {@code Range} with 206 and {@code Content-Range}, an unsatisfiable one with
     * {@link dev.flaskspring.exceptions.RequestedRangeNotSatisfiable} (416).
     * <p>Unlike Werkzeug, a streamed body is not read into memory to compute {@code Content-Length}.
     */
    public Response makeConditional(Request request, String acceptRanges, Long completeLength) {
        Conditional.makeConditional(this, request, acceptRanges, completeLength);
        return this;
    }

    /** The {@code Last-Modified} header as an instant, or null; Werkzeug's {@code last_modified}. */
    public Instant lastModified() {
        return HttpDates.parse(headers.get("Last-Modified"));
    }

    /** Sets the {@code Last-Modified} header, or removes it for null. */
    public void setLastModified(Instant lastModified) {
        setDateHeader("Last-Modified", lastModified);
    }

    /** The {@code Expires} header as an instant, or null; Werkzeug's {@code expires}. */
    public Instant expires() {
        return HttpDates.parse(headers.get("Expires"));
    }

    /** Sets the {@code Expires} header, or removes it for null. */
    public void setExpires(Instant expires) {
        setDateHeader("Expires", expires);
    }

    private void setDateHeader(String name, Instant value) {
        if (value == null) {
            headers.remove(name);
        } else {
            headers.set(name, HttpDates.format(value));
        }
    }

    /** The {@code Content-Range} header, or null when it is absent or malformed; Werkzeug's {@code content_range}. */
    public ContentRange contentRange() {
        return ContentRange.parse(headers.get("Content-Range"));
    }

    /** Sets the {@code Content-Range} header, or removes it for null. */
    public void setContentRange(ContentRange range) {
        if (range == null) {
            headers.remove("Content-Range");
        } else {
            headers.set("Content-Range", range.toHeader());
        }
    }

    /**
     * The {@code Cache-Control} directives; each change is written into the header at once (an empty set
     * removes it); Werkzeug's {@code cache_control}.
     */
    public ResponseCacheControl cacheControl() {
        return ResponseCacheControl.parse(headers.get("Cache-Control"), cc -> {
            if (cc.isEmpty()) {
                headers.remove("Cache-Control");
            } else {
                headers.set("Cache-Control", cc.toHeader());
            }
        });
    }

    /**
     * The headers as sent: without entity headers for a 304 ({@code Expires} and {@code Content-Location}
     * stay), without {@code Content-Length} for 1xx and 204, with it for any other body held in memory;
     * Werkzeug's {@code get_wsgi_headers}.
     */
    public Headers headersToSend() {
        if (statusCode == 304) {
            return HeaderValues.withoutEntityHeaders(headers);
        }
        if ((statusCode >= 100 && statusCode < 200) || statusCode == 204) {
            Headers out = headers.copy();
            out.remove("Content-Length");
            return out;
        }
        if (data != null && !headers.containsKey("Content-Length")) {
            Headers out = headers.copy();
            out.set("Content-Length", Integer.toString(data.length));
            return out;
        }
        return headers;
    }

    /** The body's length when it is in memory, else null; Werkzeug's {@code calculate_content_length}. */
    Long calculateContentLength() {
        return data == null ? null : (long) data.length;
    }

    /** Keeps only {@code length} bytes of the body from {@code start}; Werkzeug's {@code _wrap_range_response}. */
    void applyRange(long start, long length) {
        if (data != null) {
            int from = (int) Math.min(start, data.length);
            data = Arrays.copyOfRange(data, from, (int) Math.min(data.length, from + length));
        } else if (stream instanceof FileWrapper file) {
            file.seek(start, length);
        } else {
            stream = new RangeWrapper(stream, start, length);
        }
    }

    private void setBody(Object body) {
        stream = null;
        streamSource = body instanceof AutoCloseable c ? c : null;
        if (body == null) {
            data = new byte[0];
        } else if (body instanceof byte[] b) {
            data = b;
        } else if (body instanceof CharSequence s) {
            data = s.toString().getBytes(StandardCharsets.UTF_8);
        } else if (body instanceof Iterator<?> it) {
            data = null;
            stream = it;
        } else if (body instanceof Stream<?> s) {
            data = null;
            stream = s.iterator();
        } else if (body instanceof Iterable<?> it) {
            data = null;
            stream = it.iterator();
        } else {
            data = body.toString().getBytes(StandardCharsets.UTF_8);
        }
        if (data != null) {
            headers.set("Content-Length", Integer.toString(data.length));
        } else {
            headers.remove("Content-Length");
        }
    }

    @Override
    public String toString() {
        return "<Response " + (data != null ? data.length + " bytes" : "streamed") + " [" + status + "]>";
    }
}
