package dev.flaskspring.wrappers;

/**
 * One entity tag, its value unquoted and whether it is weak; Werkzeug's {@code (etag, weak)} pairs of
 * {@code quote_etag} and {@code unquote_etag}.
 */
public record ETag(String value, boolean weak) {

    /** The tag as a header writes it, {@code "value"} or {@code W/"value"}; Werkzeug's {@code quote_etag}. */
    public String toHeader() {
        return quote(value, weak);
    }

    /** {@code "etag"} or {@code W/"etag"}; a value containing {@code "} is an {@link IllegalArgumentException}. */
    public static String quote(String etag, boolean weak) {
        if (etag.indexOf('"') >= 0) {
            throw new IllegalArgumentException("invalid etag");
        }
        return weak ? "W/\"" + etag + "\"" : "\"" + etag + "\"";
    }

    /**
     * The tag in a header value, or null when the value is empty; Werkzeug's {@code unquote_etag}.
     * Unquoted (malformed) tags are taken as they are.
     */
    public static ETag unquote(String header) {
        if (header == null || header.isEmpty()) {
            return null;
        }
        String etag = PythonText.strip(header);
        boolean weak = false;
        if (etag.startsWith("W/") || etag.startsWith("w/")) {
            weak = true;
            etag = etag.substring(2);
        }
        if (!etag.isEmpty() && etag.charAt(0) == '"' && etag.charAt(etag.length() - 1) == '"') {
            etag = etag.length() < 2 ? "" : etag.substring(1, etag.length() - 1);
        }
        return new ETag(etag, weak);
    }
}
