package dev.flaskspring.exceptions;

import dev.flaskspring.wrappers.Headers;

/**
 * A routing redirect, 308 by default (missing trailing slash, canonical defaults, {@code redirect_to});
 * Werkzeug's {@code RequestRedirect}. Error handlers never see it.
 */
public class RequestRedirect extends HTTPException {

    private final String newUrl;

    /** Redirects to {@code newUrl} with {@code code}. */
    public RequestRedirect(String newUrl, int code) {
        super(code, null);
        this.newUrl = newUrl;
    }

    /** The URL to redirect to. */
    public String newUrl() {
        return newUrl;
    }

    @Override
    public String getBody() {
        return RedirectPage.body(newUrl);
    }

    @Override
    public Headers getHeaders() {
        Headers headers = super.getHeaders();
        headers.add("Location", newUrl);
        return headers;
    }
}
