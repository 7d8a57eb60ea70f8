package dev.flaskspring.servlet;

import dev.flaskspring.Flask;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntSupplier;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.apache.tomcat.util.http.Parameters;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Tomcat's cap on urlencoded form posts ({@code maxPostSize}, Boot's {@code server.tomcat.max-http-form-post-size},
 * 2 MB by default) for the requests Flask does not serve, such as {@code @Controller}s.
 * <p>The connector's own cap is off so that Flask's routes have Flask's limits ({@code MAX_FORM_MEMORY_SIZE},
 * {@code MAX_CONTENT_LENGTH}); this filter keeps it for the other handlers, with Tomcat's answers: the
 * parameters of a POST declared longer than the cap fail with Tomcat's 413 without the body being read, and
 * a chunked body is read no further than the cap.
 */
public class FormPostSizeFilter extends OncePerRequestFilter implements Ordered {

    /** Just after Boot's character encoding filter, before anything reads a parameter. */
    public static final int DEFAULT_ORDER = Ordered.HIGHEST_PRECEDENCE + 10;

    private final Flask app;
    private final IntSupplier maxPostSize;
    private final IntSupplier maxParameterCount;

    /**
     * A filter for the requests {@code app} does not serve, with the connector's {@code maxPostSize} and
     * {@code maxParameterCount} (negative: no limit), read at each request.
     */
    public FormPostSizeFilter(Flask app, IntSupplier maxPostSize, IntSupplier maxParameterCount) {
        this.app = app;
        this.maxPostSize = maxPostSize;
        this.maxParameterCount = maxParameterCount;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return maxPostSize.getAsInt() < 0 || !"POST".equals(request.getMethod()) || !isUrlencoded(request.getContentType())
                || FlaskHandlerMapping.matches(app, request);
    }

    @Override
    protected boolean shouldNotFilterAsyncDispatch() {
        return false;
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    private static boolean isUrlencoded(String contentType) {
        if (contentType == null) {
            return false;
        }
        int semi = contentType.indexOf(';');
        return (semi < 0 ? contentType : contentType.substring(0, semi)).strip().toLowerCase(Locale.ROOT)
                .equals("application/x-www-form-urlencoded");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        int cap = maxPostSize.getAsInt();
        long declared = request.getContentLengthLong();
        if (declared > cap) {
            chain.doFilter(new RefusedForm(request), response);
        } else if (declared < 0) {
            chain.doFilter(new BoundedForm(request, cap, maxParameterCount.getAsInt()), response);
        } else {
            chain.doFilter(request, response);
        }
    }

    @Override
    public int getOrder() {
        return DEFAULT_ORDER;
    }

    /** A POST declared longer than the cap: its parameters fail as Tomcat's do, and its body stays unread. */
    private static final class RefusedForm extends HttpServletRequestWrapper {

        RefusedForm(HttpServletRequest request) {
            super(request);
        }

        private static InvalidParameterException tooLarge() {
            return new InvalidParameterException("Parameters were not parsed because the size of the posted data was"
                    + " too big.", HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
        }

        @Override
        public String getParameter(String name) {
            throw tooLarge();
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            throw tooLarge();
        }

        @Override
        public Enumeration<String> getParameterNames() {
            throw tooLarge();
        }

        @Override
        public String[] getParameterValues(String name) {
            throw tooLarge();
        }
    }

    /**
     * A chunked POST whose parameters are the query's then those of at most {@code cap} bytes of body, read
     * when first asked for, as Tomcat reads them; a longer body fails with Tomcat's 413.
     */
    private static final class BoundedForm extends HttpServletRequestWrapper {

        private final int cap;
        private final int maxParameterCount;
        private boolean bodyUsed;
        private Map<String, String[]> parameters;
        private IllegalStateException failure;

        BoundedForm(HttpServletRequest request, int cap, int maxParameterCount) {
            super(request);
            this.cap = cap;
            this.maxParameterCount = maxParameterCount;
        }

        @Override
        public jakarta.servlet.ServletInputStream getInputStream() throws IOException {
            bodyUsed |= parameters == null;
            return super.getInputStream();
        }

        @Override
        public BufferedReader getReader() throws IOException {
            if (parameters != null) {
                return new BufferedReader(new StringReader(""));
            }
            bodyUsed = true;
            return super.getReader();
        }

        @Override
        public String getParameter(String name) {
            String[] values = parameters().get(name);
            return values == null ? null : values[0];
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return parameters();
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(parameters().keySet());
        }

        @Override
        public String[] getParameterValues(String name) {
            String[] values = parameters().get(name);
            return values == null ? null : values.clone();
        }

        private Map<String, String[]> parameters() {
            if (failure != null) {
                throw failure;
            }
            if (bodyUsed) {
                return super.getParameterMap();
            }
            if (parameters == null) {
                try {
                    parameters = parse();
                } catch (IllegalStateException e) {
                    failure = e;
                    throw e;
                }
            }
            return parameters;
        }

        private Map<String, String[]> parse() {
            byte[] body;
            try {
                InputStream in = super.getInputStream();
                body = in.readNBytes((int) Math.min(cap + 1L, Integer.MAX_VALUE));
            } catch (IOException e) {
                throw new InvalidParameterException(e, HttpServletResponse.SC_BAD_REQUEST);
            }
            if (body.length > cap) {
                throw new InvalidParameterException("Parameters were not parsed because the size of the posted data"
                        + " was too big.", HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            }
            // The body has been read through the stream, so the container parses the query string alone.
            Map<String, String[]> merged = new LinkedHashMap<>(super.getParameterMap());
            Parameters form = new Parameters();
            form.setCharset(charset());
            int queryCount = merged.values().stream().mapToInt(v -> v.length).sum();
            form.setLimit(maxParameterCount < 0 ? -1 : Math.max(0, maxParameterCount - queryCount));
            form.processParameters(body, 0, body.length);
            for (String name : Collections.list(form.getParameterNames())) {
                String[] values = form.getParameterValues(name);
                merged.merge(name, values, (query, posted) -> {
                    String[] all = Arrays.copyOf(query, query.length + posted.length);
                    System.arraycopy(posted, 0, all, query.length, posted.length);
                    return all;
                });
            }
            return Collections.unmodifiableMap(merged);
        }

        private Charset charset() {
            String encoding = getCharacterEncoding();
            try {
                return encoding == null ? StandardCharsets.ISO_8859_1 : Charset.forName(encoding);
            } catch (IllegalArgumentException unknown) {
                return StandardCharsets.ISO_8859_1;
            }
        }
    }
}
