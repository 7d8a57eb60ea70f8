package dev.flaskspring.wrappers;

import dev.flaskspring.urls.Urls;

/** Parses {@code application/x-www-form-urlencoded} text: query strings and form bodies; Werkzeug's {@code url_decode}. */
public final class UrlEncodedForm {

    private UrlEncodedForm() {
    }

    /** Parses {@code a=1&b=2&a=3} into a multi-dict; Werkzeug's {@code url_decode} (keys without {@code =} get ""). */
    public static MultiDict<String> parse(String query) {
        return parse((CharSequence) query);
    }

    /**
     * {@link #parse(String)} reading each character once: the {@code =} of a field is looked for only up to
     * the field's {@code &}, so that {@code a&a&...&a=b} takes time in proportion to its length.
     */
    static MultiDict<String> parse(CharSequence query) {
        MultiDict<String> out = new MultiDict<>();
        if (query == null) {
            return out;
        }
        int len = query.length();
        int start = 0;
        while (start < len) {
            int eq = -1;
            int end = start;
            for (char c; end < len && (c = query.charAt(end)) != '&'; end++) {
                if (c == '=' && eq < 0) {
                    eq = end;
                }
            }
            if (end > start) {
                if (eq < 0) {
                    out.add(unquote(query, start, end), "");
                } else {
                    out.add(unquote(query, start, eq), unquote(query, eq + 1, end));
                }
            }
            start = end + 1;
        }
        return out;
    }

    private static String unquote(CharSequence text, int from, int to) {
        return Urls.unquote(text.subSequence(from, to).toString(), true);
    }
}
