package dev.flaskspring.wrappers;

import dev.flaskspring.exceptions.RequestedRangeNotSatisfiable;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/**
 * Answers conditional and range requests as Werkzeug's {@code Response.make_conditional} and
 * {@code is_resource_modified} do: 304 or 412 for an unchanged resource, 206 with {@code Content-Range}
 * for one satisfiable byte range, 416 for a range that cannot be served.
 */
final class Conditional {

    private Conditional() {
    }

    /** The hex SHA-1 of {@code data}; Werkzeug's {@code generate_etag}. */
    static String generateEtag(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is required of every Java platform", e);
        }
    }

    /**
     * Whether the resource changed for the request's conditional headers; Werkzeug's
     * {@code is_resource_modified}. {@code etag} (quoted or not) may instead come from {@code data};
     * with {@code ignoreIfRange} false, {@code If-Range} decides when a {@code Range} is present.
     */
    static boolean isResourceModified(String range, String ifRange, String ifModifiedSince, String ifNoneMatch,
            String ifMatch, String etag, byte[] data, Instant lastModified, boolean ignoreIfRange) {
        if (etag == null && data != null) {
            etag = generateEtag(data);
        } else if (data != null) {
            throw new IllegalArgumentException("both data and etag given");
        }
        boolean unmodified = false;
        Instant modified = lastModified == null ? null : lastModified.truncatedTo(ChronoUnit.SECONDS);
        IfRange condition = !ignoreIfRange && range != null ? IfRange.parse(ifRange) : null;
        Instant since = condition != null && condition.date() != null ? condition.date() : HttpDates.parse(ifModifiedSince);
        if (since != null && modified != null && !modified.isAfter(since)) {
            unmodified = true;
        }
        if (etag != null && !etag.isEmpty()) {
            String tag = ETag.unquote(etag).value();
            if (condition != null && condition.etag() != null) {
                unmodified = ETags.parse(condition.etag()).contains(tag);
            } else {
                ETags noneMatch = ETags.parse(ifNoneMatch);
                if (!noneMatch.isEmpty()) {
                    unmodified = noneMatch.containsWeak(tag);
                }
                ETags match = ETags.parse(ifMatch);
                if (!match.isEmpty()) {
                    unmodified = !match.isStrong(tag);
                }
            }
        }
        return !unmodified;
    }

    /** Werkzeug's {@code make_conditional} for {@code rv}; {@code acceptRanges} null or empty serves no ranges. */
    static void makeConditional(Response rv, Request request, String acceptRanges, Long completeLength) {
        String method = request.method();
        if (!method.equals("GET") && !method.equals("HEAD")) {
            return;
        }
        Headers headers = rv.headers();
        if (!headers.containsKey("Date")) {
            headers.set("Date", HttpDates.format(Instant.now()));
        }
        boolean partial = processRangeRequest(rv, request, completeLength, acceptRanges);
        if (!partial && !isResourceModified(request, rv, true)) {
            rv.setStatusCode(ETags.parse(request.header("If-Match")).isEmpty() ? 304 : 412);
        }
        if (!headers.containsKey("Content-Length")) {
            Long length = rv.calculateContentLength();
            if (length != null) {
                headers.set("Content-Length", Long.toString(length));
            }
        }
    }

    private static boolean isResourceModified(Request request, Response rv, boolean ignoreIfRange) {
        return isResourceModified(request.header("Range"), request.header("If-Range"),
                request.header("If-Modified-Since"), request.header("If-None-Match"), request.header("If-Match"),
                rv.headers().get("ETag"), null, HttpDates.parse(rv.headers().get("Last-Modified")), ignoreIfRange);
    }

    private static boolean processRangeRequest(Response rv, Request request, Long completeLength, String acceptRanges) {
        if (acceptRanges == null || acceptRanges.isEmpty()) {
            return false;
        }
        rv.headers().set("Accept-Ranges", acceptRanges);
        boolean processable = (request.header("If-Range") == null || !isResourceModified(request, rv, false))
                && request.header("Range") != null;
        if (completeLength == null || completeLength == 0 || !processable) {
            return false;
        }
        Range parsed = Range.parse(request.header("Range"));
        Range.Span span = parsed == null ? null : parsed.rangeForLength(completeLength);
        if (span == null) {
            throw new RequestedRangeNotSatisfiable(completeLength, "bytes", null);
        }
        long length = span.stop() - span.start();
        rv.headers().set("Content-Length", Long.toString(length));
        rv.headers().set("Content-Range", parsed.toContentRangeHeader(completeLength));
        rv.setStatusCode(206);
        rv.applyRange(span.start(), length);
        return true;
    }
}
