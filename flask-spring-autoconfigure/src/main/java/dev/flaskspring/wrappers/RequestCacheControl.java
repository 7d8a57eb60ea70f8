package dev.flaskspring.wrappers;

import java.util.Map;

/**
 * A request's {@code Cache-Control} directives, read-only; Werkzeug's {@code RequestCacheControl}.
 * <p>{@code max-stale} without a value (any staleness, Werkzeug's {@code True}) reads as
 * {@code maxStale() == null} with {@code containsKey("max-stale")}.
 */
public final class RequestCacheControl extends CacheControl {

    /** The given directives (a directive without a value maps to null). */
    public RequestCacheControl(Map<String, String> directives) {
        super(directives);
    }

    /** Parses a header value; absent or empty gives no directives; Werkzeug's {@code parse_cache_control_header}. */
    public static RequestCacheControl parse(String value) {
        return new RequestCacheControl(value == null || value.isEmpty() ? Map.of() : HeaderValues.parseDictHeader(value));
    }

    /** {@code no-cache}. */
    public boolean noCache() {
        return flag("no-cache");
    }

    /** {@code max-stale} in seconds, or null (see the class comment for a value-less {@code max-stale}). */
    public Integer maxStale() {
        return seconds("max-stale");
    }

    /** {@code min-fresh} in seconds, or null. */
    public Integer minFresh() {
        return seconds("min-fresh");
    }

    /** {@code only-if-cached}. */
    public boolean onlyIfCached() {
        return flag("only-if-cached");
    }
}
