package dev.flaskspring.middleware;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

/**
 * Trusts the {@code X-Forwarded-*} headers that a known number of proxies in front of the app set; Werkzeug's
 * {@code ProxyFix}: {@code app.addMiddleware(new ProxyFix(1, 1, 1, 0, 0))}.
 * <ul>
 * <li>{@code X-Forwarded-For} sets the client's address ({@code remoteAddr()});</li>
 * <li>{@code X-Forwarded-Proto} the scheme ({@code scheme()}, {@code isSecure()});</li>
 * <li>{@code X-Forwarded-Host} the host (the {@code Host} header, server name and port);</li>
 * <li>{@code X-Forwarded-Port} the port;</li>
 * <li>{@code X-Forwarded-Prefix} the prefix the app is mounted under ({@code scriptRoot()}).</li>
 * </ul>
 * Each count says how many values of its header to trust, from the right: a client can send any value, so
 * trust exactly as many as there are proxies that set the header. A header with fewer values is ignored.
 */
public final class ProxyFix implements Filter {

    private final int xFor;
    private final int xProto;
    private final int xHost;
    private final int xPort;
    private final int xPrefix;

    /** Werkzeug's defaults: one proxy setting {@code X-Forwarded-For} and {@code X-Forwarded-Proto}. */
    public ProxyFix() {
        this(1, 1, 0, 0, 0);
    }

    /** Trusts that many values of {@code X-Forwarded-For}, {@code -Proto}, {@code -Host}, {@code -Port}, {@code -Prefix}. */
    public ProxyFix(int xFor, int xProto, int xHost, int xPort, int xPrefix) {
        this.xFor = xFor;
        this.xProto = xProto;
        this.xHost = xHost;
        this.xPort = xPort;
        this.xPrefix = xPrefix;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        chain.doFilter(request instanceof HttpServletRequest http ? fix(http) : request, response);
    }

    /** The request as the client sent it to the first trusted proxy; the environ changes of Werkzeug's {@code __call__}. */
    HttpServletRequest fix(HttpServletRequest request) {
        String remoteAddr = request.getRemoteAddr();
        String scheme = request.getScheme();
        String hostHeader = request.getHeader("Host");
        String serverName = request.getServerName();
        int serverPort = request.getServerPort();
        String scriptName = request.getContextPath();
        boolean changed = false;

        String forwardedFor = realValue(xFor, request.getHeader("X-Forwarded-For"));
        if (forwardedFor != null) {
            remoteAddr = forwardedFor;
            changed = true;
        }
        String proto = realValue(xProto, request.getHeader("X-Forwarded-Proto"));
        if (proto != null) {
            scheme = proto;
            changed = true;
        }
        String host = realValue(xHost, request.getHeader("X-Forwarded-Host"));
        if (host != null) {
            hostHeader = host;
            serverName = host;
            if (host.contains(":") && !host.endsWith("]")) {
                int colon = host.lastIndexOf(':');
                serverName = host.substring(0, colon);
                serverPort = parsePort(host.substring(colon + 1), serverPort);
            }
            changed = true;
        }
        String port = realValue(xPort, request.getHeader("X-Forwarded-Port"));
        if (port != null) {
            if (hostHeader != null && !hostHeader.isEmpty()) {
                String bare = hostHeader.contains(":") && !hostHeader.endsWith("]")
                        ? hostHeader.substring(0, hostHeader.lastIndexOf(':')) : hostHeader;
                hostHeader = bare + ":" + port;
            }
            serverPort = parsePort(port, serverPort);
            changed = true;
        }
        String prefix = realValue(xPrefix, request.getHeader("X-Forwarded-Prefix"));
        if (prefix != null) {
            scriptName = prefix;
            changed = true;
        }
        return changed ? new Forwarded(request, remoteAddr, scheme, hostHeader, serverName, serverPort, scriptName)
                : request;
    }

    /** The value {@code trusted} places from the right, or null when there are fewer; Werkzeug's {@code _get_real_value}. */
    static String realValue(int trusted, String header) {
        if (trusted <= 0 || header == null || header.isEmpty()) {
            return null;
        }
        List<String> values = listHeader(header);
        return values.size() >= trusted ? values.get(values.size() - trusted) : null;
    }

    /** A comma-separated header's items, quoted items unquoted, empty ones dropped; Werkzeug's {@code parse_list_header}. */
    static List<String> listHeader(String header) {
        List<String> items = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        boolean quoted = false;
        boolean escape = false;
        for (int i = 0; i < header.length(); i++) {
            char c = header.charAt(i);
            if (escape) {
                part.append(c);
                escape = false;
            } else if (quoted && c == '\\') {
                escape = true;
            } else if (c == '"') {
                quoted = !quoted;
                part.append(c);
            } else if (c == ',' && !quoted) {
                add(items, part);
                part.setLength(0);
            } else {
                part.append(c);
            }
        }
        add(items, part);
        return items;
    }

    private static void add(List<String> items, StringBuilder part) {
        String item = part.toString().strip();
        if (item.length() >= 2 && item.startsWith("\"") && item.endsWith("\"")) {
            item = item.substring(1, item.length() - 1);
        }
        if (!item.isEmpty()) {
            items.add(item);
        }
    }

    private static int parsePort(String port, int fallback) {
        try {
            return Integer.parseInt(port.trim());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    /** The servlet request with the trusted values in place of the proxy's. */
    private static final class Forwarded extends HttpServletRequestWrapper {
        private final String remoteAddr;
        private final String scheme;
        private final String host;
        private final String serverName;
        private final int serverPort;
        private final String contextPath;
        private final String requestUri;

        Forwarded(HttpServletRequest request, String remoteAddr, String scheme, String host, String serverName,
                int serverPort, String contextPath) {
            super(request);
            this.remoteAddr = remoteAddr;
            this.scheme = scheme;
            this.host = host;
            this.serverName = serverName;
            this.serverPort = serverPort;
            this.contextPath = contextPath;
            String original = request.getContextPath();
            String uri = request.getRequestURI();
            this.requestUri = contextPath + (uri.startsWith(original) ? uri.substring(original.length()) : uri);
        }

        @Override
        public String getRemoteAddr() {
            return remoteAddr;
        }

        @Override
        public String getScheme() {
            return scheme;
        }

        @Override
        public boolean isSecure() {
            return "https".equalsIgnoreCase(scheme);
        }

        @Override
        public String getServerName() {
            return serverName;
        }

        @Override
        public int getServerPort() {
            return serverPort;
        }

        @Override
        public String getContextPath() {
            return contextPath;
        }

        @Override
        public String getRequestURI() {
            return requestUri;
        }

        @Override
        public StringBuffer getRequestURL() {
            StringBuffer url = new StringBuffer(scheme).append("://");
            url.append(host != null ? host : serverName + ":" + serverPort);
            return url.append(requestUri);
        }

        @Override
        public String getHeader(String name) {
            return "Host".equalsIgnoreCase(name) ? host : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            if ("Host".equalsIgnoreCase(name)) {
                return Collections.enumeration(host == null ? List.of() : List.of(host));
            }
            return super.getHeaders(name);
        }
    }
}
