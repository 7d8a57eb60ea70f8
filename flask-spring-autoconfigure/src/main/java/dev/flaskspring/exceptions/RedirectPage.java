package dev.flaskspring.exceptions;

import dev.flaskspring.templating.Markup;

/** The short HTML body of a redirect response; the page of Werkzeug's {@code redirect}. */
public final class RedirectPage {

    private RedirectPage() {
    }

    /** The page linking to {@code location} (escaped). */
    public static String body(String location) {
        String html = Markup.escapeText(location);
        return "<!doctype html>\n<html lang=en>\n<title>Redirecting...</title>\n<h1>Redirecting...</h1>\n"
                + "<p>You should be redirected automatically to the target URL: <a href=\"" + html + "\">" + html
                + "</a>. If not, click the link.\n";
    }
}
