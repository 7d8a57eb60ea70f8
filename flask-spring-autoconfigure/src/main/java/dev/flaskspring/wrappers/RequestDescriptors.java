package dev.flaskspring.wrappers;

import java.time.Instant;
import java.util.Map;

/**
 * The request's headers read as typed values, parsed on each call; Werkzeug's header descriptors of
 * {@code sansio.Request} ({@code accept_mimetypes}, {@code authorization}, {@code if_match} ...).
 * <p>Malformed headers read as Werkzeug reads them: ignored parts, an empty value or null, never an error.
 */
abstract class RequestDescriptors {

    /** A header's value (repeated headers joined with {@code ,}), or null when absent. */
    abstract String header(String name);

    /** The {@code Content-Type} parameters, such as {@code charset}; Werkzeug's {@code mimetype_params}. */
    public Map<String, String> mimetypeParams() {
        String contentType = header("Content-Type");
        return HeaderValues.parseOptionsHeader(contentType == null ? "" : contentType).params();
    }

    /** The {@code Referer} header, or null; Werkzeug's {@code referrer}. */
    public String referrer() {
        return header("Referer");
    }

    /** The {@code Origin} header, or null; Werkzeug's {@code origin}. */
    public String origin() {
        return header("Origin");
    }

    /** The {@code Accept} header's media types; Werkzeug's {@code accept_mimetypes}. */
    public MIMEAccept acceptMimetypes() {
        return HeaderValues.parseAccept(header("Accept"), MIMEAccept::new);
    }

    /** The {@code Accept-Charset} header's charsets; Werkzeug's {@code accept_charsets}. */
    public CharsetAccept acceptCharsets() {
        return HeaderValues.parseAccept(header("Accept-Charset"), CharsetAccept::new);
    }

    /** The {@code Accept-Encoding} header's encodings; Werkzeug's {@code accept_encodings}. */
    public Accept acceptEncodings() {
        return HeaderValues.parseAccept(header("Accept-Encoding"), Accept::new);
    }

    /** The {@code Accept-Language} header's language tags; Werkzeug's {@code accept_languages}. */
    public LanguageAccept acceptLanguages() {
        return HeaderValues.parseAccept(header("Accept-Language"), LanguageAccept::new);
    }

    /** The {@code Authorization} header's parts, or null when absent or unreadable; Werkzeug's {@code authorization}. */
    public Authorization authorization() {
        return Authorization.fromHeader(header("Authorization"));
    }

    /** {@code If-Modified-Since} as an instant, or null; Werkzeug's {@code if_modified_since}. */
    public Instant ifModifiedSince() {
        return HttpDates.parse(header("If-Modified-Since"));
    }

    /** {@code If-Unmodified-Since} as an instant, or null; Werkzeug's {@code if_unmodified_since}. */
    public Instant ifUnmodifiedSince() {
        return HttpDates.parse(header("If-Unmodified-Since"));
    }

    /** The {@code If-None-Match} tags, empty when absent; Werkzeug's {@code if_none_match}. */
    public ETags ifNoneMatch() {
        return ETags.parse(header("If-None-Match"));
    }

    /** The {@code If-Match} tags, empty when absent; Werkzeug's {@code if_match}. */
    public ETags ifMatch() {
        return ETags.parse(header("If-Match"));
    }

    /** The {@code Range} header, or null when absent or malformed; Werkzeug's {@code range}. */
    public Range range() {
        return Range.parse(header("Range"));
    }

    /** The {@code Cache-Control} directives, empty when absent; Werkzeug's {@code cache_control}. */
    public RequestCacheControl cacheControl() {
        return RequestCacheControl.parse(header("Cache-Control"));
    }
}
