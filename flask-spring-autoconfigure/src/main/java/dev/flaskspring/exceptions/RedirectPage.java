package dev.flaskspring.exceptions;

import dev.flaskspring.templating.Markup;
import dev.flaskspring.urls.Urls;
import dev.flaskspring.wrappers.Response;
import dev.flaskspring.wrappers.ResponseClass;

/** The short HTML body of a redirect response; the page of Werkzeug's {@code redirect}. */
public final class RedirectPage {

    private RedirectPage() {
    }

    /**
     * A redirect with {@code code} to {@code location}, unsafe characters quoted in the header, with the
     * short HTML body; Werkzeug's {@code redirect}.
     */
    public static Response response(String location, int code) {
        return response(location, code, ResponseClass.DEFAULT);
    }

    /** {@link #response(String, int)} made of {@code responses}' class; Werkzeug's {@code redirect(Response=...)}. */
    public static Response response(String location, int code, ResponseClass responses) {
        String safe = Urls.quote(location, "/:;?&=%#@!$'()*+,~[]");
        Response response = responses.create(body(location), code);
        response.setMimetype("text/html");
        response.setLocation(safe);
        return response;
    }

    /** The page linking to {@code location} (escaped). */
    public static String body(String location) {
        String html = Markup.escapeText(location);
        return "<!doctype html>\n<html lang=en>\n<title>Redirecting...</title>\n<h1>Redirecting...</h1>\n"
                + "<p>You should be redirected automatically to the target URL: <a href=\"" + html + "\">" + html
                + "</a>. If not, click the link.\n";
    }
}
