package dev.flaskspring.testing;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.mock.web.MockHttpServletRequest;

/**
 * WSGI environ keys put on a test request before it is sent; what Werkzeug's {@code environ_base} sets.
 * <p>{@code REMOTE_ADDR}, {@code REMOTE_HOST}, {@code REMOTE_PORT} and {@code REMOTE_USER} set the client's side
 * of the servlet request, {@code HTTP_*} keys add headers the request does not set itself, and any other key
 * becomes a servlet request attribute (where an app reads extra environ keys). Keys the request builds
 * itself (host, method, path, content type and length, scheme) keep the request's values, as in Werkzeug.
 */
final class EnvironBase {

    /** Flask's test client's {@code environ_base}: a local client announcing Werkzeug 3.1.8. */
    static Map<String, String> flaskClientDefaults() {
        Map<String, String> base = new LinkedHashMap<>();
        base.put("REMOTE_ADDR", "127.0.0.1");
        base.put("HTTP_USER_AGENT", "Werkzeug/3.1.8");
        return base;
    }

    private static final Set<String> BUILT_BY_THE_REQUEST = Set.of("REQUEST_METHOD", "SCRIPT_NAME", "PATH_INFO",
            "QUERY_STRING", "SERVER_NAME", "SERVER_PORT", "SERVER_PROTOCOL", "HTTP_HOST", "CONTENT_TYPE",
            "CONTENT_LENGTH", "wsgi.url_scheme");

    private EnvironBase() {
    }

    /** Puts {@code environ} on {@code request}, whose own headers win. */
    static void apply(Map<String, String> environ, MockHttpServletRequest request) {
        environ.forEach((key, value) -> {
            switch (key) {
                case "REMOTE_ADDR" -> request.setRemoteAddr(value);
                case "REMOTE_HOST" -> request.setRemoteHost(value);
                case "REMOTE_PORT" -> request.setRemotePort(Integer.parseInt(value));
                case "REMOTE_USER" -> request.setRemoteUser(value);
                default -> applyOther(key, value, request);
            }
        });
    }

    private static void applyOther(String key, String value, MockHttpServletRequest request) {
        if (BUILT_BY_THE_REQUEST.contains(key)) {
            return;
        }
        if (key.startsWith("HTTP_")) {
            String name = headerName(key.substring(5));
            if (request.getHeader(name) == null) {
                request.addHeader(name, value);
            }
            return;
        }
        request.setAttribute(key, value);
    }

    /** {@code USER_AGENT} → {@code User-Agent}. */
    private static String headerName(String environName) {
        StringBuilder sb = new StringBuilder();
        for (String word : environName.toLowerCase(Locale.ROOT).split("_")) {
            if (sb.length() > 0) {
                sb.append('-');
            }
            if (!word.isEmpty()) {
                sb.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
            }
        }
        return sb.toString();
    }
}
