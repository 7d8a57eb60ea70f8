package dev.flaskspring.wrappers;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * An {@code Accept-Language} header's language tags; Werkzeug's {@code LanguageAccept}.
 * <p>Tags compare case-insensitively with {@code _} equal to {@code -}. {@link #bestMatch} falls back to
 * primary tags when nothing matches exactly: a client's {@code en-US} accepts an offered {@code en}, then
 * a client's {@code en} accepts an offered {@code en-GB}; offers are returned as given.
 */
public class LanguageAccept extends Accept {

    private static final Pattern DELIMITER = Pattern.compile("[_-]");

    /** An empty, provided set. */
    public LanguageAccept() {
        super();
    }

    /** The given language tags; {@code null} means the header was not sent. */
    public LanguageAccept(List<Entry> values) {
        super(values);
    }

    @Override
    protected boolean valueMatches(String value, String item) {
        return item.equals("*") || normalize(value).equals(normalize(item));
    }

    private static List<String> normalize(String tag) {
        return Arrays.asList(DELIMITER.split(PythonText.lower(tag), -1));
    }

    private static String primary(String tag) {
        return DELIMITER.split(tag, 2)[0];
    }

    @Override
    public String bestMatch(List<String> offers, String defaultValue) {
        String result = super.bestMatch(offers, null);
        if (result != null) {
            return result;
        }
        List<Entry> primaries = new ArrayList<>(size());
        for (Entry e : this) {
            primaries.add(new Entry(primary(e.value()), e.quality()));
        }
        result = new Accept(primaries).bestMatch(offers, null);
        if (result != null) {
            return result;
        }
        List<String> primaryOffers = offers.stream().map(LanguageAccept::primary).toList();
        result = super.bestMatch(primaryOffers, null);
        if (result != null) {
            for (String offer : offers) {
                if (offer.startsWith(result)) {
                    return offer;
                }
            }
        }
        return defaultValue;
    }
}
