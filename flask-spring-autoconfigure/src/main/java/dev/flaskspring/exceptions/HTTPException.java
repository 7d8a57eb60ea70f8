package dev.flaskspring.exceptions;

import dev.flaskspring.templating.Markup;
import dev.flaskspring.wrappers.Headers;
import dev.flaskspring.wrappers.HttpStatusNames;
import dev.flaskspring.wrappers.Response;

/**
 * An error that is also an HTTP response; Werkzeug's {@code HTTPException}.
 * <p>Raise one (or call {@code abort}) anywhere in a request and Flask's error handling turns it into
 * a response: a registered handler for its code or class, else Werkzeug's small HTML page. They are
 * expected control flow, so they carry no stack trace.
 */
public class HTTPException extends RuntimeException {

    private final int code;
    private final String description;
    private final Response response;

    /** Creates an error with a status code and a description (plain text; escaped in the page). */
    protected HTTPException(int code, String description) {
        this(code, description, null);
    }

    /** Creates an error with a status code, description, and a ready response that replaces the page. */
    protected HTTPException(int code, String description, Response response) {
        super(null, null, false, false);
        this.code = code;
        this.description = description;
        this.response = response;
    }

    /** Wraps a finished response so that raising it sends exactly that response; Flask's {@code abort(response)}. */
    public HTTPException(Response response) {
        this(response.statusCode(), null, response);
    }

    /** The status code, such as 404. */
    public int code() {
        return code;
    }

    /** The status name, such as {@code "Not Found"}; Werkzeug's {@code name}. */
    public String name() {
        String name = HttpStatusNames.phrase(code);
        return name != null ? name : "Unknown Error";
    }

    /** The human-readable description shown in the error page; may be null. */
    public String description() {
        return description;
    }

    /** The response given at construction, or null; Werkzeug's {@code response} attribute. */
    public Response response() {
        return response;
    }

    /** The description as an HTML paragraph, escaped, newlines as {@code <br>}; Werkzeug's {@code get_description}. */
    public String getDescription() {
        String text = description();
        return "<p>" + Markup.escapeText(text == null ? "" : text).replace("\n", "<br>") + "</p>";
    }

    /** The HTML error page; Werkzeug's {@code get_body}. */
    public String getBody() {
        String name = Markup.escapeText(name());
        return "<!doctype html>\n<html lang=en>\n<title>" + code + " " + name + "</title>\n<h1>" + name + "</h1>\n"
                + getDescription() + "\n";
    }

    /** The headers of the error page; subclasses add theirs (Allow, Retry-After ...); Werkzeug's {@code get_headers}. */
    public Headers getHeaders() {
        Headers headers = new Headers();
        headers.add("Content-Type", "text/html; charset=utf-8");
        return headers;
    }

    /** The response to send: the wrapped one, else the HTML page; Werkzeug's {@code get_response}. */
    public Response getResponse() {
        if (response != null) {
            return response;
        }
        Response page = new Response(getBody(), code);
        page.headers().clear();
        getHeaders().forEach(page.headers()::add);
        return page;
    }

    @Override
    public String getMessage() {
        return code + " " + name() + ": " + description();
    }
}
