package dev.flaskspring.helpers;

import dev.flaskspring.SendFileOptions;
import dev.flaskspring.exceptions.NotFound;
import dev.flaskspring.urls.Urls;
import dev.flaskspring.wrappers.FileWrapper;
import dev.flaskspring.wrappers.HttpDates;
import dev.flaskspring.wrappers.Request;
import dev.flaskspring.wrappers.Response;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLConnection;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Duration;
import java.time.Instant;
import java.util.zip.Adler32;
import org.springframework.http.MediaTypeFactory;

/**
 * Sends a file or stream as a response, with type, disposition, caching headers and ETag; Werkzeug's
 * {@code send_file}. Conditional and range requests are answered by {@link Response#makeConditional}.
 */
public final class SendFile {

    /**
     * What is sent: a name, its size and time when known, where it was read from (the file's absolute path, the
     * resource's URL, null for a stream: what the ETag and a max age function see), and how to open it.
     */
    public record Source(String name, Long size, Instant modified, String path, FileWrapper.Opener opener) {
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
        rv.setData(new FileWrapper(source.opener()));
        if (source.size() != null) {
            rv.headers().set("Content-Length", Long.toString(source.size()));
        }
        Instant modified = o.lastModified() != null ? o.lastModified() : source.modified();
        if (modified != null) {
            rv.setLastModified(modified);
        }
        cacheControl(rv, o.maxAge() == null ? null : o.maxAge().apply(source.path()));
        String etag = o.etagValue();
        if (etag == null && o.etag() && source.path() != null && modified != null && source.size() != null) {
            Adler32 check = new Adler32();
            check.update(source.path().getBytes(StandardCharsets.UTF_8));
            etag = modified.getEpochSecond() + "." + modified.getNano() / 1000 + "-" + source.size() + "-" + check.getValue();
        }
        if (etag != null) {
            rv.setEtag(etag);
        }
        if (o.conditional() && request != null) {
            rv.makeConditional(request, true, source.size());
        }
        return rv;
    }

    private static void cacheControl(Response rv, Duration maxAge) {
        if (maxAge == null) {
            rv.headers().set("Cache-Control", "no-cache");
            return;
        }
        long seconds = maxAge.getSeconds();
        rv.headers().set("Cache-Control", seconds > 0 ? "public, max-age=" + seconds : "no-cache, max-age=" + seconds);
        rv.headers().set("Expires", HttpDates.format(Instant.now().plusSeconds(seconds)));
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
}
