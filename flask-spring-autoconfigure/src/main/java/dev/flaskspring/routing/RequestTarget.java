package dev.flaskspring.routing;

/**
 * What routing needs to know of a request: scheme, {@code Host} header, script root, decoded path,
 * method and raw query string; the parts of a WSGI environ Werkzeug's {@code bind_to_environ} reads.
 */
public record RequestTarget(String scheme, String host, String scriptName, String pathInfo, String method,
        String queryString) {
}
