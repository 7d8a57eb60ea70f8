package dev.flaskspring.wrappers;

import dev.flaskspring.urls.Urls;

/** Parses {@code application/x-www-form-urlencoded} text: query strings and form bodies; Werkzeug's {@code url_decode}. */
public final class UrlEncodedForm {

    private UrlEncodedForm() {
    }

    /** Parses {@code a=1&b=2&a=3} into a multi-dict; Werkzeug's {@code url_decode} (keys without {@code =} get ""). */
    public static MultiDict<String> parse(String query) {
        MultiDict<String> out = new MultiDict<>();
        if (query == null || query.isEmpty()) {
            return out;
        }
        int start = 0;
        int len = query.length();
        while (start <= len) {
            int amp = query.indexOf('&', start);
            int end = amp < 0 ? len : amp;
            if (end > start) {
                int eq = query.indexOf('=', start);
                if (eq < 0 || eq > end) {
                    out.add(Urls.unquote(query.substring(start, end), true), "");
                } else {
                    out.add(Urls.unquote(query.substring(start, eq), true), Urls.unquote(query.substring(eq + 1, end), true));
                }
            }
            start = end + 1;
        }
        return out;
    }
}
