package dev.flaskspring.wrappers;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * An {@code Accept} header's media types; Werkzeug's {@code MIMEAccept}.
 * <p>{@code text/*} matches any text type, {@code *}{@code /*} anything, and parameters must match
 * exactly (in any order) when both sides name the same subtype. The application's offers must be valid
 * media types: {@code "json"} is an {@link IllegalArgumentException}, as Werkzeug's {@code ValueError}.
 */
public class MIMEAccept extends Accept {

    /** An empty, provided set. */
    public MIMEAccept() {
        super();
    }

    /** The given media types; {@code null} means the header was not sent. */
    public MIMEAccept(List<Entry> values) {
        super(values);
    }

    @Override
    protected int[] specificity(String value) {
        List<String> parts = split(value);
        int[] out = new int[parts.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = parts.get(i).equals("*") ? 0 : 1;
        }
        return out;
    }

    @Override
    protected boolean valueMatches(String value, String item) {
        if (item.indexOf('/') < 0) {
            return false;
        }
        if (value.indexOf('/') < 0) {
            throw new IllegalArgumentException("invalid mimetype '" + value + "'");
        }
        List<String> v = split(PythonText.lower(value));
        if (v.get(0).equals("*") && !v.get(1).equals("*")) {
            throw new IllegalArgumentException("invalid mimetype '" + value + "'");
        }
        List<String> i = split(PythonText.lower(item));
        if (i.get(0).equals("*") && !i.get(1).equals("*")) {
            return false;
        }
        boolean itemAny = i.get(0).equals("*") && i.get(1).equals("*");
        boolean valueAny = v.get(0).equals("*") && v.get(1).equals("*");
        return itemAny || valueAny || (i.get(0).equals(v.get(0)) && (i.get(1).equals("*") || v.get(1).equals("*")
                || (i.get(1).equals(v.get(1)) && sortedParams(i).equals(sortedParams(v)))));
    }

    private static List<String> sortedParams(List<String> parts) {
        List<String> params = new ArrayList<>(parts.subList(2, parts.size()));
        Collections.sort(params);
        return params;
    }

    /** Splits on {@code /} and on {@code ;} with the whitespace around it, as Werkzeug's {@code _mime_split_re}. */
    private static List<String> split(String value) {
        List<String> out = new ArrayList<>();
        int start = 0;
        int i = 0;
        while (i < value.length()) {
            char c = value.charAt(i);
            if (c == '/') {
                out.add(value.substring(start, i));
                start = ++i;
                continue;
            }
            int j = i;
            while (j < value.length() && PythonText.isSpace(value.charAt(j))) {
                j++;
            }
            if (j < value.length() && value.charAt(j) == ';') {
                out.add(value.substring(start, i));
                j++;
                while (j < value.length() && PythonText.isSpace(value.charAt(j))) {
                    j++;
                }
                start = i = j;
                continue;
            }
            i++;
        }
        out.add(value.substring(start));
        return out;
    }

    /** Whether HTML is acceptable ({@code text/html} or XHTML); Werkzeug's {@code accept_html}. */
    public boolean acceptHtml() {
        return contains("text/html") || acceptXhtml();
    }

    /** Whether XHTML is acceptable ({@code application/xhtml+xml} or {@code application/xml}); Werkzeug's {@code accept_xhtml}. */
    public boolean acceptXhtml() {
        return contains("application/xhtml+xml") || contains("application/xml");
    }

    /** Whether JSON is acceptable; Werkzeug's {@code accept_json}. */
    public boolean acceptJson() {
        return contains("application/json");
    }
}
