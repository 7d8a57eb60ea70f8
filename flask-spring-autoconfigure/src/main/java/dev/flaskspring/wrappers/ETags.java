package dev.flaskspring.wrappers;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The entity tags of an {@code If-Match} or {@code If-None-Match} header, strong and weak, or {@code *};
 * Werkzeug's {@code ETags}.
 * <p>{@link #contains} is the strong comparison ({@code *} contains everything), {@link #containsWeak}
 * the weak one. Iterating gives the strong tags.
 */
public final class ETags implements Iterable<String> {

    private final Set<String> strong;
    private final Set<String> weak;
    private final boolean star;

    /** No tags at all (an absent header). */
    public ETags() {
        this(List.of(), List.of(), false);
    }

    /** The given tags; with {@code star} (the header {@code *}) the strong tags are dropped. */
    public ETags(Collection<String> strong, Collection<String> weak, boolean star) {
        this.strong = Collections.unmodifiableSet(star || strong == null ? new LinkedHashSet<>() : new LinkedHashSet<>(strong));
        this.weak = Collections.unmodifiableSet(weak == null ? new LinkedHashSet<>() : new LinkedHashSet<>(weak));
        this.star = star;
    }

    /**
     * Parses an etag list header; an empty or absent header gives no tags; Werkzeug's {@code parse_etags}.
     * <p>Werkzeug matches {@code ([Ww]/)?(?:"(.*?)"|(.*?))(?:\s*,\s*|$)} at each position; {@link ETagScanner}
     * finds the same matches in linear time (the regex backtracks quadratically over runs of spaces).
     */
    public static ETags parse(String value) {
        if (value == null || value.isEmpty()) {
            return new ETags();
        }
        List<String> strong = new ArrayList<>();
        List<String> weak = new ArrayList<>();
        ETagScanner scanner = new ETagScanner(value);
        int pos = 0;
        while (pos < value.length()) {
            ETagScanner.Match m = scanner.match(pos);
            if (m == null || m.end() == pos) {
                // No match, or an empty one before a final line feed (where Werkzeug loops forever).
                break;
            }
            if ("*".equals(m.raw())) {
                return new ETags(List.of(), List.of(), true);
            }
            String tag = m.quoted() != null && !m.quoted().isEmpty() ? m.quoted() : m.raw();
            (m.weak() ? weak : strong).add(tag);
            pos = m.end();
        }
        return new ETags(strong, weak, false);
    }

    /** Whether the header was {@code *}. */
    public boolean isStar() {
        return star;
    }

    /** Whether {@code etag} is one of the weak tags. */
    public boolean isWeak(String etag) {
        return weak.contains(etag);
    }

    /** Whether {@code etag} is one of the strong tags. */
    public boolean isStrong(String etag) {
        return strong.contains(etag);
    }

    /** Strong comparison: a strong tag, or any tag when the header is {@code *}; Werkzeug's {@code contains}. */
    public boolean contains(String etag) {
        return star || isStrong(etag);
    }

    /** Weak comparison: a weak or strong tag, or {@code *}; Werkzeug's {@code contains_weak}. */
    public boolean containsWeak(String etag) {
        return isWeak(etag) || contains(etag);
    }

    /** Compares a quoted tag: a weak one weakly, a strong one strongly; Werkzeug's {@code contains_raw}. */
    public boolean containsRaw(String etag) {
        ETag tag = ETag.unquote(etag);
        if (tag == null) {
            return contains(null);
        }
        return tag.weak() ? containsWeak(tag.value()) : contains(tag.value());
    }

    /** The strong tags, and the weak ones too with {@code includeWeak}; Werkzeug's {@code as_set}. */
    public Set<String> asSet(boolean includeWeak) {
        Set<String> out = new LinkedHashSet<>(strong);
        if (includeWeak) {
            out.addAll(weak);
        }
        return out;
    }

    /** Whether there is no tag and no {@code *} (Werkzeug's {@code bool(etags)} is false). */
    public boolean isEmpty() {
        return !star && strong.isEmpty() && weak.isEmpty();
    }

    /** The number of strong tags. */
    public int size() {
        return strong.size();
    }

    @Override
    public Iterator<String> iterator() {
        return strong.iterator();
    }

    /** The header value: {@code *}, or the strong then the weak tags quoted; Werkzeug's {@code to_header}. */
    public String toHeader() {
        if (star) {
            return "*";
        }
        List<String> out = new ArrayList<>();
        strong.forEach(x -> out.add("\"" + x + "\""));
        weak.forEach(x -> out.add("W/\"" + x + "\""));
        return String.join(", ", out);
    }

    @Override
    public String toString() {
        return "<ETags '" + toHeader() + "'>";
    }
}
