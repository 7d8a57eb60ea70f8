package dev.flaskspring.templating;

/**
 * Text that is already safe HTML and is never escaped again; markupsafe's {@code Markup}.
 * <p>{@link #escape(Object)} turns any value into Markup, escaping it unless it already is Markup.
 */
public final class Markup implements CharSequence {

    private final String html;

    /** Wraps {@code html}, trusted as safe. */
    public Markup(String html) {
        this.html = html == null ? "" : html;
    }

    /** {@code value} as Markup: Markup unchanged, anything else escaped; markupsafe's {@code escape}. */
    public static Markup escape(Object value) {
        if (value instanceof Markup m) {
            return m;
        }
        return new Markup(escapeText(value == null ? "None" : String.valueOf(value)));
    }

    /** Escapes {@code & < > " '} as markupsafe does ({@code &amp; &lt; &gt; &#34; &#39;}). */
    public static String escapeText(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            String rep = switch (s.charAt(i)) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&#34;";
                case '\'' -> "&#39;";
                default -> null;
            };
            if (rep != null) {
                if (out == null) {
                    out = new StringBuilder(s.length() + 16).append(s, 0, i);
                }
                out.append(rep);
            } else if (out != null) {
                out.append(s.charAt(i));
            }
        }
        return out == null ? s : out.toString();
    }

    /** The HTML text; markupsafe's {@code __html__}. */
    public String html() {
        return html;
    }

    @Override
    public int length() {
        return html.length();
    }

    @Override
    public char charAt(int index) {
        return html.charAt(index);
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return html.subSequence(start, end);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Markup m && m.html.equals(html);
    }

    @Override
    public int hashCode() {
        return html.hashCode();
    }

    @Override
    public String toString() {
        return html;
    }
}
