package dev.flaskspring.wrappers;

/**
 * Finds, in linear time, what Werkzeug's {@code _etag_re}
 * ({@code ([Ww]/)?(?:"(.*?)"|(.*?))(?:\s*,\s*|$)}, Python semantics) matches at a position of a header.
 * <p>Both alternatives are lazy, so a match ends at the first place where the delimiter (optional
 * whitespace, a comma, optional whitespace; or the end) can follow; {@code .} stops at a line feed.
 * Tables computed once per header make each such test constant-time.
 */
final class ETagScanner {

    /** One match: the weak prefix, the quoted or the raw tag (one of them null), and where it ends. */
    record Match(boolean weak, String quoted, String raw, int end) {
    }

    private final String value;
    private final int length;
    /** The first index at or after i that is not whitespace. */
    private final int[] nextNonSpace;
    /** The first index at or after i that is a line feed, or the length. */
    private final int[] nextLineFeed;
    /** The first quote at or after i that the delimiter can follow, or -1. */
    private final int[] nextClosingQuote;

    ETagScanner(String value) {
        this.value = value;
        this.length = value.length();
        nextNonSpace = new int[length + 1];
        nextLineFeed = new int[length + 1];
        nextClosingQuote = new int[length + 2];
        nextNonSpace[length] = length;
        nextLineFeed[length] = length;
        nextClosingQuote[length] = -1;
        nextClosingQuote[length + 1] = -1;
        for (int i = length - 1; i >= 0; i--) {
            char c = value.charAt(i);
            nextNonSpace[i] = PythonText.isSpace(c) ? nextNonSpace[i + 1] : i;
            nextLineFeed[i] = c == '\n' ? i : nextLineFeed[i + 1];
        }
        for (int i = length - 1; i >= 0; i--) {
            nextClosingQuote[i] = value.charAt(i) == '"' && delimiterEnd(i + 1) >= 0 ? i : nextClosingQuote[i + 1];
        }
    }

    /** Where the delimiter starting at {@code i} ends, or -1 when none can start there. */
    private int delimiterEnd(int i) {
        int k = nextNonSpace[i];
        if (k < length && value.charAt(k) == ',') {
            return nextNonSpace[k + 1];
        }
        if (i == length || (i == length - 1 && value.charAt(i) == '\n')) {
            return i;
        }
        return -1;
    }

    /** The match at {@code pos}, or null where the regex does not match. */
    Match match(int pos) {
        boolean weak = pos + 1 < length && (value.charAt(pos) == 'W' || value.charAt(pos) == 'w')
                && value.charAt(pos + 1) == '/';
        Match m = weak ? tag(pos + 2, true) : null;
        return m != null ? m : tag(pos, false);
    }

    private Match tag(int p, boolean weak) {
        if (p < length && value.charAt(p) == '"') {
            int q = nextClosingQuote[p + 1];
            if (q >= 0 && nextLineFeed[p + 1] > q) {
                return new Match(weak, value.substring(p + 1, q), null, delimiterEnd(q + 1));
            }
        }
        for (int e = p; e <= length; e++) {
            int end = delimiterEnd(e);
            if (end >= 0) {
                return new Match(weak, null, value.substring(p, e), end);
            }
            if (e < length && value.charAt(e) == '\n') {
                return null;
            }
        }
        return null;
    }
}
