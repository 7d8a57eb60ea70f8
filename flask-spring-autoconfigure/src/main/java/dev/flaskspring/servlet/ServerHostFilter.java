package dev.flaskspring.servlet;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

/**
 * Gives the request a {@code Host} header made of the servlet's server name and port, so the Flask request's
 * {@code host} (Werkzeug's {@code HTTP_HOST}) is the host that forwarded-header handling in front of it resolved.
 * <p>Tomcat's {@code RemoteIpValve} and Spring's {@code ForwardedHeaderFilter} (Boot's
 * {@code server.forward-headers-strategy} {@code native} and {@code framework}) rewrite the server name, port,
 * scheme and remote address from {@code X-Forwarded-*} or {@code Forwarded}, but leave the {@code Host} header
 * as the proxy sent it. Without either, the server name and port already come from the {@code Host} header.
 * The port is left out when it is the scheme's default, as a client writes it.
 */
public final class ServerHostFilter implements Filter {

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        chain.doFilter(request instanceof HttpServletRequest http ? new ServerHost(http) : request, response);
    }

    /** {@code name[:port]} from the servlet's view, IPv6 addresses in brackets. */
    static String hostHeader(String scheme, String serverName, int serverPort) {
        String name = serverName.indexOf(':') >= 0 && !serverName.startsWith("[") ? "[" + serverName + "]" : serverName;
        boolean defaultPort = serverPort <= 0
                || serverPort == 80 && "http".equalsIgnoreCase(scheme)
                || serverPort == 443 && "https".equalsIgnoreCase(scheme);
        return defaultPort ? name : name + ":" + serverPort;
    }

    private static final class ServerHost extends HttpServletRequestWrapper {
        ServerHost(HttpServletRequest request) {
            super(request);
        }

        private String host() {
            return hostHeader(getScheme(), getServerName(), getServerPort());
        }

        @Override
        public String getHeader(String name) {
            return "Host".equalsIgnoreCase(name) ? host() : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            return "Host".equalsIgnoreCase(name) ? Collections.enumeration(List.of(host())) : super.getHeaders(name);
        }
    }
}
