package dev.flaskspring.helpers;

import dev.flaskspring.SendFileOptions;
import dev.flaskspring.exceptions.NotFound;
import dev.flaskspring.exceptions.RequestedRangeNotSatisfiable;
import dev.flaskspring.urls.Urls;
import dev.flaskspring.wrappers.HttpDates;
import dev.flaskspring.wrappers.Request;
import dev.flaskspring.wrappers.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.zip.Adler32;
import org.springframework.http.HttpRange;
import org.springframework.http.MediaTypeFactory;

/**
 * Sends a file or stream as a response, with type, disposition, caching headers, ETag, and answers to
 * conditional and range requests; Werkzeug's {@code send_file} and {@code Response.make_conditional}.
 */
public final class SendFile {

    /** What is sent: a name, its size and time when known, and how to open it. */
    public record Source(String name, Long size, Instant modified, String etagSeed, Opener opener) {
    }

    /** Opens the content, skipping {@code skip} bytes. */
    @FunctionalInterface
    interface Opener {
        InputStream open() throws IOException;
    }

    private SendFile() {
    }

    public static Source of(Path file) {
        try {
            return new Source(file.getFileName().toString(), Files.size(file), Files.getLastModifiedTime(file).toInstant(),
                    file.toAbsolutePath().toString(), () -> Files.newInputStream(file));
        } catch (IOException e) {
            throw new NotFound();
        }
    }

    public static Source of(URL resource, String name) {
        try {
            URLConnection connection = resource.openConnection();
            long size = connection.getContentLengthLong();
            long modified = connection.getLastModified();
            connection.getInputStream().close();
            return new Source(name, size < 0 ? null : size, modified > 0 ? Instant.ofEpochMilli(modified) : null,
                    resource.toString(), resource::openStream);
        } catch (IOException e) {
            throw new NotFound();
        }
    }

    public static Source of(InputStream stream, String name) {
        return new Source(name, null, null, null, () -> stream);
    }

    public static Response send(Source source, SendFileOptions o, Request request) {
        String downloadName = o.downloadName() != null ? o.downloadName() : source.name();
        String mimetype = o.mimetype();
        if (mimetype == null) {
            if (downloadName == null) {
                throw new IllegalArgumentException("Unable to detect the MIME type because a file name is not available."
                        + " Either set 'downloadName', pass a path instead of a stream, or set 'mimetype'.");
            }
            mimetype = MediaTypeFactory.getMediaType(downloadName).map(m -> m.getType() + "/" + m.getSubtype())
                    .orElse("application/octet-stream");
        }
        Response rv = new Response(null, 200, null, mimetype);
        if (downloadName != null) {
            rv.headers().set("Content-Disposition", disposition(o.asAttachment(), downloadName));
        } else if (o.asAttachment()) {
            throw new IllegalArgumentException("No name provided for attachment. Either set 'downloadName' or pass a"
                    + " path instead of a stream.");
        }
        Instant modified = o.lastModified() != null ? o.lastModified() : source.modified();
        if (modified != null) {
            rv.headers().set("Last-Modified", HttpDates.format(modified));
        }
        cacheControl(rv, o);
        String etag = o.etagValue();
        if (etag == null && o.etag() && source.etagSeed() != null && modified != null && source.size() != null) {
            Adler32 check = new Adler32();
            check.update(source.etagSeed().getBytes(StandardCharsets.UTF_8));
            etag = modified.getEpochSecond() + "." + modified.getNano() / 1000 + "-" + source.size() + "-" + check.getValue();
        }
        if (etag != null) {
            rv.headers().set("ETag", "\"" + etag + "\"");
        }
        long start = 0;
        Long length = source.size();
        String method = request == null ? "GET" : request.method();
        if (o.conditional() && request != null && (method.equals("GET") || method.equals("HEAD"))) {
            rv.headers().set("Date", HttpDates.format(Instant.now()));
            if (length != null) {
                rv.headers().set("Accept-Ranges", "bytes");
                long[] range = range(request, etag, modified, length);
                if (range != null) {
                    start = range[0];
                    length = range[1] - range[0] + 1;
                    rv.setStatusCode(206);
                    rv.headers().set("Content-Range", "bytes " + range[0] + "-" + range[1] + "/" + source.size());
                }
            }
            if (rv.statusCode() == 200 && !modifiedSince(request, etag, modified)) {
                rv.setStatusCode(304);
                rv.headers().remove("Content-Length");
                return rv;
            }
        }
        rv.setData(new Chunks(source.opener(), start, length));
        if (length != null) {
            rv.headers().set("Content-Length", Long.toString(length));
        }
        return rv;
    }

    private static void cacheControl(Response rv, SendFileOptions o) {
        if (o.maxAge() == null) {
            rv.headers().set("Cache-Control", "no-cache");
            return;
        }
        long seconds = o.maxAge().getSeconds();
        rv.headers().set("Cache-Control", seconds > 0 ? "public, max-age=" + seconds : "no-cache, max-age=" + seconds);
        rv.headers().set("Expires", HttpDates.format(Instant.now().plusSeconds(seconds)));
    }

    /** The inclusive byte range a processable {@code Range} asks for, or null; 416 when it cannot be met. */
    private static long[] range(Request request, String etag, Instant modified, long length) {
        String header = request.headers().get("Range");
        if (header == null || length == 0) {
            return null;
        }
        String ifRange = request.headers().get("If-Range");
        if (ifRange != null && !ifRange.equals(etag == null ? null : "\"" + etag + "\"")
                && !(modified != null && ifRange.equals(HttpDates.format(modified)))) {
            return null;
        }
        List<HttpRange> ranges;
        try {
            ranges = HttpRange.parseRanges(header);
        } catch (IllegalArgumentException e) {
            throw new RequestedRangeNotSatisfiable(length, "bytes", null);
        }
        if (ranges.size() != 1) {
            throw new RequestedRangeNotSatisfiable(length, "bytes", null);
        }
        long first;
        long last;
        try {
            first = ranges.get(0).getRangeStart(length);
            last = ranges.get(0).getRangeEnd(length);
        } catch (IllegalArgumentException e) {
            throw new RequestedRangeNotSatisfiable(length, "bytes", null);
        }
        if (first < 0 || first >= length || last < first) {
            throw new RequestedRangeNotSatisfiable(length, "bytes", null);
        }
        return new long[] {first, last};
    }

    /** Werkzeug's {@code is_resource_modified}: If-None-Match first, then If-Modified-Since. */
    private static boolean modifiedSince(Request request, String etag, Instant modified) {
        String ifNoneMatch = request.headers().get("If-None-Match");
        if (ifNoneMatch != null) {
            if (etag == null) {
                return true;
            }
            for (String candidate : ifNoneMatch.split(",")) {
                String c = candidate.trim();
                if (c.startsWith("W/")) {
                    c = c.substring(2);
                }
                if (c.equals("*") || c.equals("\"" + etag + "\"")) {
                    return false;
                }
            }
            return true;
        }
        String ifModifiedSince = request.headers().get("If-Modified-Since");
        Instant since = HttpDates.parse(ifModifiedSince);
        if (since != null && modified != null) {
            return modified.getEpochSecond() > since.getEpochSecond();
        }
        return true;
    }

    private static String disposition(boolean attachment, String name) {
        String kind = attachment ? "attachment" : "inline";
        boolean ascii = StandardCharsets.US_ASCII.newEncoder().canEncode(name);
        if (ascii) {
            return kind + "; filename=" + quoteIfNeeded(name);
        }
        String simple = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("[^\\p{ASCII}]", "");
        return kind + "; filename=" + quoteIfNeeded(simple) + "; filename*=UTF-8''" + Urls.quote(name, "!#$&+-.^_`|~");
    }

    private static String quoteIfNeeded(String value) {
        if (value.matches("[A-Za-z0-9!#$%&'*+\\-.^_`|~]+")) {
            return value;
        }
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** Reads the content in chunks as the response writes them, closing the file at the end or on close. */
    private static final class Chunks implements Iterator<byte[]>, AutoCloseable {
        private final Opener opener;
        private final long start;
        private long remaining;
        private InputStream in;
        private byte[] next;

        Chunks(Opener opener, long start, Long length) {
            this.opener = opener;
            this.start = start;
            this.remaining = length == null ? Long.MAX_VALUE : length;
        }

        @Override
        public boolean hasNext() {
            if (next != null) {
                return true;
            }
            if (remaining <= 0) {
                close();
                return false;
            }
            try {
                if (in == null) {
                    in = opener.open();
                    in.skipNBytes(start);
                }
                byte[] buf = in.readNBytes((int) Math.min(65536, remaining));
                if (buf.length == 0) {
                    close();
                    return false;
                }
                remaining -= buf.length;
                next = buf;
                return true;
            } catch (IOException e) {
                close();
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public byte[] next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            byte[] b = next;
            next = null;
            return b;
        }

        @Override
        public void close() {
            remaining = 0;
            if (in != null) {
                try {
                    in.close();
                } catch (IOException ignored) {
                    // Closing a read-only file cannot lose data.
                }
                in = null;
            }
        }
    }
}
