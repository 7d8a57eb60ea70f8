package dev.flaskspring.wrappers;

import java.nio.charset.Charset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An {@code Accept-Charset} header's charsets; Werkzeug's {@code CharsetAccept}.
 * <p>Names compare by the charset they denote ({@code UTF8} = {@code utf-8}, {@code latin1} =
 * {@code ISO-8859-1}); Werkzeug asks Python's codec registry, this asks Java's (after Python's name
 * normalisation, so {@code utf_8} works too). Unknown names compare case-insensitively.
 */
public class CharsetAccept extends Accept {

    private static final Map<String, String> CHARSETS = knownCharsets();

    /** An empty, provided set. */
    public CharsetAccept() {
        super();
    }

    /** The given charsets; {@code null} means the header was not sent. */
    public CharsetAccept(List<Entry> values) {
        super(values);
    }

    @Override
    protected boolean valueMatches(String value, String item) {
        return item.equals("*") || normalize(value).equals(normalize(item));
    }

    private static String normalize(String name) {
        String canonical = CHARSETS.get(PythonText.lower(name));
        if (canonical == null) {
            canonical = CHARSETS.get(PythonText.lower(pythonNormalized(name)));
        }
        return canonical != null ? canonical : PythonText.lower(name);
    }

    /** Every name and alias of the charsets this JVM has, lower-cased, to its canonical name: looked up once. */
    private static Map<String, String> knownCharsets() {
        Map<String, String> names = new HashMap<>();
        for (Charset charset : Charset.availableCharsets().values()) {
            names.put(PythonText.lower(charset.name()), charset.name());
            charset.aliases().forEach(alias -> names.putIfAbsent(PythonText.lower(alias), charset.name()));
        }
        return Map.copyOf(names);
    }

    /** Python's {@code encodings.normalize_encoding}, with {@code -} for its {@code _} (Java's spelling). */
    private static String pythonNormalized(String name) {
        StringBuilder out = new StringBuilder(name.length());
        boolean punctuation = false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isLetterOrDigit(c) || c == '.') {
                if (punctuation && out.length() > 0) {
                    out.append('-');
                }
                if (c < 128) {
                    out.append(c);
                }
                punctuation = false;
            } else {
                punctuation = true;
            }
        }
        return out.toString();
    }
}
