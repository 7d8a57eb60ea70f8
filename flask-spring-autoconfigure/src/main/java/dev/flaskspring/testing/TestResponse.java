package dev.flaskspring.testing;

import dev.flaskspring.Flask;
import dev.flaskspring.wrappers.Response;
import java.util.List;
import java.util.Map;
import org.springframework.mock.web.MockHttpServletResponse;

/** A response received by the test client; Werkzeug's {@code TestResponse}. */
public final class TestResponse extends Response {

    private final Flask app;
    private final TestRequest request;
    private final List<TestResponse> history;

    TestResponse(Flask app, TestRequest request, MockHttpServletResponse servletResponse, List<TestResponse> history) {
        super(servletResponse.getContentAsByteArray(), servletResponse.getStatus(), null, null);
        this.app = app;
        this.request = request;
        this.history = List.copyOf(history);
        headers().clear();
        for (String name : servletResponse.getHeaderNames()) {
            for (String value : servletResponse.getHeaders(name)) {
                headers().add(name, value);
            }
        }
        if (servletResponse.getContentType() != null && !headers().containsKey("Content-Type")) {
            headers().add("Content-Type", servletResponse.getContentType());
        }
    }

    /** The first value of a response header, or null. */
    public String header(String name) {
        return headers().get(name);
    }

    /** The body bytes; Werkzeug's {@code data}. */
    public byte[] data() {
        return getData();
    }

    /** Whether the response is JSON ({@code application/json} or {@code +json}); Werkzeug's {@code is_json}. */
    public boolean isJson() {
        String mt = mimetype();
        return mt != null && (mt.equals("application/json") || (mt.startsWith("application/") && mt.endsWith("+json")));
    }

    /** The body parsed as JSON, or null when the response is not JSON; Werkzeug's {@code json}. */
    public Object json() {
        if (!isJson()) {
            return null;
        }
        return app.json().loads(getData());
    }

    /** The body parsed as a JSON object. */
    @SuppressWarnings("unchecked")
    public Map<String, Object> jsonMap() {
        return (Map<String, Object>) json();
    }

    /** The responses of the redirects followed before this one, oldest first; Werkzeug's {@code history}. */
    public List<TestResponse> history() {
        return history;
    }

    /** The request that produced this response. */
    public TestRequest request() {
        return request;
    }
}
