package dev.flaskspring.wrappers;

import java.util.Map;
import java.util.function.Consumer;

/**
 * A response's {@code Cache-Control} directives, mutable; Werkzeug's {@code ResponseCacheControl}.
 * <p>The one {@link Response#cacheControl()} returns writes itself into the response's
 * {@code Cache-Control} header at each change (and removes the header when empty), as Werkzeug's does.
 * A flag setter adds or removes the directive; a seconds setter given null removes it.
 */
public final class ResponseCacheControl extends CacheControl {

    private final Consumer<ResponseCacheControl> onUpdate;

    /** No directives, not tied to a response. */
    public ResponseCacheControl() {
        this(Map.of(), null);
    }

    /** The given directives (a directive without a value maps to null), not tied to a response. */
    public ResponseCacheControl(Map<String, String> directives) {
        this(directives, null);
    }

    ResponseCacheControl(Map<String, String> directives, Consumer<ResponseCacheControl> onUpdate) {
        super(directives);
        this.onUpdate = onUpdate;
    }

    /** Parses a header value, not tied to a response; Werkzeug's {@code parse_cache_control_header}. */
    public static ResponseCacheControl parse(String value) {
        return parse(value, null);
    }

    static ResponseCacheControl parse(String value, Consumer<ResponseCacheControl> onUpdate) {
        return new ResponseCacheControl(value == null || value.isEmpty() ? Map.of()
                : HeaderValues.parseDictHeader(value), onUpdate);
    }

    /** Sets a directive's value (null: present without a value). */
    public void set(String directive, String value) {
        directives.put(directive, value);
        changed();
    }

    /** Removes a directive. */
    public void remove(String directive) {
        directives.remove(directive);
        changed();
    }

    private void setFlag(String directive, boolean on) {
        if (on) {
            directives.put(directive, null);
        } else {
            directives.remove(directive);
        }
        changed();
    }

    private void setSeconds(String directive, Integer seconds) {
        if (seconds == null) {
            directives.remove(directive);
        } else {
            directives.put(directive, seconds.toString());
        }
        changed();
    }

    private void changed() {
        if (onUpdate != null) {
            onUpdate.accept(this);
        }
    }

    /** {@code no-cache}, with or without field names ({@code get("no-cache")} has them). */
    public boolean noCache() {
        return flag("no-cache");
    }

    /** Adds or removes {@code no-cache}. */
    public void setNoCache(boolean on) {
        setFlag("no-cache", on);
    }

    /** Adds or removes {@code no-store}. */
    public void setNoStore(boolean on) {
        setFlag("no-store", on);
    }

    /** Sets {@code max-age}, or removes it for null. */
    public void setMaxAge(Integer seconds) {
        setSeconds("max-age", seconds);
    }

    /** {@code public}. */
    public boolean isPublic() {
        return flag("public");
    }

    /** Adds or removes {@code public}. */
    public void setPublic(boolean on) {
        setFlag("public", on);
    }

    /** {@code private}, with or without field names. */
    public boolean isPrivate() {
        return flag("private");
    }

    /** Adds or removes {@code private}. */
    public void setPrivate(boolean on) {
        setFlag("private", on);
    }

    /** {@code immutable}. */
    public boolean immutable() {
        return flag("immutable");
    }

    /** Adds or removes {@code immutable}. */
    public void setImmutable(boolean on) {
        setFlag("immutable", on);
    }

    /** {@code must-revalidate}. */
    public boolean mustRevalidate() {
        return flag("must-revalidate");
    }

    /** Adds or removes {@code must-revalidate}. */
    public void setMustRevalidate(boolean on) {
        setFlag("must-revalidate", on);
    }

    /** {@code proxy-revalidate}. */
    public boolean proxyRevalidate() {
        return flag("proxy-revalidate");
    }

    /** Adds or removes {@code proxy-revalidate}. */
    public void setProxyRevalidate(boolean on) {
        setFlag("proxy-revalidate", on);
    }

    /** Adds or removes {@code no-transform}. */
    public void setNoTransform(boolean on) {
        setFlag("no-transform", on);
    }

    /** {@code must-understand}. */
    public boolean mustUnderstand() {
        return flag("must-understand");
    }

    /** Adds or removes {@code must-understand}. */
    public void setMustUnderstand(boolean on) {
        setFlag("must-understand", on);
    }

    /** {@code s-maxage} in seconds, or null. */
    public Integer sMaxage() {
        return seconds("s-maxage");
    }

    /** Sets {@code s-maxage}, or removes it for null. */
    public void setSMaxage(Integer seconds) {
        setSeconds("s-maxage", seconds);
    }

    /** {@code stale-while-revalidate} in seconds, or null. */
    public Integer staleWhileRevalidate() {
        return seconds("stale-while-revalidate");
    }

    /** Sets {@code stale-while-revalidate}, or removes it for null. */
    public void setStaleWhileRevalidate(Integer seconds) {
        setSeconds("stale-while-revalidate", seconds);
    }

    /** Sets {@code stale-if-error}, or removes it for null. */
    public void setStaleIfError(Integer seconds) {
        setSeconds("stale-if-error", seconds);
    }
}
