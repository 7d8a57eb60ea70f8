package dev.flaskspring.exceptions;

import dev.flaskspring.templating.Markup;
import dev.flaskspring.urls.Urls;
import dev.flaskspring.wrappers.Response;

/** The short HTML body of a redirect response; the page of Werkzeug's {@code redirect}. */
public final class RedirectPage {

    private RedirectPage() {
    }

    /**
     * A redirect with {@code code} to {@code location}, unsafe characters quoted in the header, with the
     * short HTML body; Werkzeug's {@code redirect}.
     */
    public static Response response(String location, int code) {
        String safe = Urls.quote(location, "/:;?&=%#@!$'()*+,~[]");
        Response response = new Response(body(location), code, null, "text/html");
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
