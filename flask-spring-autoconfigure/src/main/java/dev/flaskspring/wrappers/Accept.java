package dev.flaskspring.wrappers;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * The values of an {@code Accept}-style header with their qualities, most specific and best first;
 * Werkzeug's {@code Accept}.
 * <p>Lookups ({@link #quality}, {@link #contains}, {@link #bestMatch}) follow the header's matching
 * rules: here {@code *} matches anything and names compare case-insensitively; {@link MIMEAccept},
 * {@link CharsetAccept} and {@link LanguageAccept} refine them.
 */
public class Accept implements Iterable<Accept.Entry> {

    /** One accepted value and its quality ({@code q}), from 0 to 1. */
    public record Entry(String value, double quality) {
    }

    private final List<Entry> entries;
    private final boolean provided;

    /** An empty set of values that counts as provided; Werkzeug's {@code Accept()}. */
    public Accept() {
        this(List.of());
    }

    /**
     * The given values, sorted by specificity then quality (stable); {@code null} means the header was
     * not sent ({@link #isProvided()} false).
     */
    public Accept(List<Entry> values) {
        this.provided = values != null;
        record Ranked(Entry entry, int[] specificity) {
        }
        List<Ranked> ranked = new ArrayList<>(values == null ? 0 : values.size());
        if (values != null) {
            values.forEach(e -> ranked.add(new Ranked(e, specificity(e.value()))));
        }
        Comparator<Ranked> order = Comparator.<Ranked, int[]>comparing(Ranked::specificity, Accept::compareSpecificity)
                .thenComparingDouble(r -> r.entry().quality());
        ranked.sort(order.reversed());
        this.entries = ranked.stream().map(Ranked::entry).toList();
    }

    /** How specific {@code value} is, compared element by element (then by length): here {@code *} is 0, else 1. */
    protected int[] specificity(String value) {
        return new int[] {value.equals("*") ? 0 : 1};
    }

    /** Whether the server's {@code value} matches the client's {@code item}. */
    protected boolean valueMatches(String value, String item) {
        return item.equals("*") || PythonText.lower(item).equals(PythonText.lower(value));
    }

    static int compareSpecificity(int[] a, int[] b) {
        return Arrays.compare(a, b);
    }

    /** Whether the client sent the header at all. */
    public boolean isProvided() {
        return provided;
    }

    /** The entry at {@code index} in best-first order. */
    public Entry get(int index) {
        return entries.get(index);
    }

    /** The number of values. */
    public int size() {
        return entries.size();
    }

    /** Whether there are no values. */
    public boolean isEmpty() {
        return entries.isEmpty();
    }

    @Override
    public Iterator<Entry> iterator() {
        return entries.iterator();
    }

    /** The quality of the first entry matching {@code key}, or 0; Werkzeug's {@code quality} and {@code accept[key]}. */
    public double quality(String key) {
        for (Entry e : entries) {
            if (valueMatches(key, e.value())) {
                return e.quality();
            }
        }
        return 0;
    }

    /** Whether an entry matches {@code value} (whatever its quality); Werkzeug's {@code value in accept}. */
    public boolean contains(String value) {
        return find(value) >= 0;
    }

    /** The position of the first entry matching {@code key}, or -1; Werkzeug's {@code find}. */
    public int find(String key) {
        for (int i = 0; i < entries.size(); i++) {
            if (valueMatches(key, entries.get(i).value())) {
                return i;
            }
        }
        return -1;
    }

    /** The position of the first entry matching {@code key}; Werkzeug's {@code index}. */
    public int index(String key) {
        int i = find(key);
        if (i < 0) {
            throw new NoSuchElementException(key);
        }
        return i;
    }

    /** The values without their qualities, best first; Werkzeug's {@code values()}. */
    public List<String> values() {
        return entries.stream().map(Entry::value).toList();
    }

    /** The best value, or null when there is none; Werkzeug's {@code best}. */
    public String best() {
        return entries.isEmpty() ? null : entries.get(0).value();
    }

    /** The offer the client likes best, or null when none is acceptable; Werkzeug's {@code best_match}. */
    public String bestMatch(String... offers) {
        return bestMatch(Arrays.asList(offers), null);
    }

    /**
     * The offer the client likes best, or {@code defaultValue}: the highest quality wins, then the more
     * specific client entry, then the earlier offer; quality 0 never matches; Werkzeug's {@code best_match}.
     */
    public String bestMatch(List<String> offers, String defaultValue) {
        String result = defaultValue;
        double bestQuality = -1;
        int[] bestSpecificity = {-1};
        for (String offer : offers) {
            Entry match = bestSingleMatch(offer);
            if (match == null) {
                continue;
            }
            int[] specificity = specificity(match.value());
            if (match.quality() <= 0 || match.quality() < bestQuality) {
                continue;
            }
            if (match.quality() > bestQuality || compareSpecificity(specificity, bestSpecificity) > 0) {
                result = offer;
                bestQuality = match.quality();
                bestSpecificity = specificity;
            }
        }
        return result;
    }

    private Entry bestSingleMatch(String offer) {
        for (Entry e : entries) {
            if (valueMatches(offer, e.value())) {
                return e;
            }
        }
        return null;
    }

    /** The header value, {@code ;q=} written (as Python writes a float) unless it is 1; Werkzeug's {@code to_header}. */
    public String toHeader() {
        List<String> out = new ArrayList<>(entries.size());
        for (Entry e : entries) {
            out.add(e.quality() == 1 ? e.value() : e.value() + ";q=" + formatQuality(e.quality()));
        }
        return String.join(",", out);
    }

    /** Python's {@code repr(float)}: {@code 0.0}, {@code 0.5}, {@code 0.0001}, {@code 1e-05}. */
    private static String formatQuality(double q) {
        if (q == Math.rint(q)) {
            return Double.toString(q);
        }
        BigDecimal d = new BigDecimal(Double.toString(q)).stripTrailingZeros();
        if (Math.abs(q) >= 1e-4) {
            return d.toPlainString();
        }
        String digits = d.unscaledValue().abs().toString();
        int exponent = digits.length() - 1 - d.scale();
        String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
        return (q < 0 ? "-" : "") + mantissa + "e-" + (-exponent < 10 ? "0" : "") + -exponent;
    }

    /** Equal when the entries are, in order (as Werkzeug's list comparison). */
    @Override
    public boolean equals(Object o) {
        return o instanceof Accept other && entries.equals(other.entries);
    }

    @Override
    public int hashCode() {
        return entries.hashCode();
    }

    @Override
    public String toString() {
        return toHeader();
    }
}
