package dev.flaskspring.routing;

/** The similarity of two strings, 0 to 1; Python's {@code difflib.SequenceMatcher.ratio} (Ratcliff/Obershelp). */
final class SequenceRatio {

    private SequenceRatio() {
    }

    static double ratio(String a, String b) {
        int total = a.length() + b.length();
        return total == 0 ? 1.0 : 2.0 * matches(a, 0, a.length(), b, 0, b.length()) / total;
    }

    private static int matches(String a, int alo, int ahi, String b, int blo, int bhi) {
        int bestI = alo;
        int bestJ = blo;
        int bestSize = 0;
        for (int i = alo; i < ahi; i++) {
            for (int j = blo; j < bhi; j++) {
                int k = 0;
                while (i + k < ahi && j + k < bhi && a.charAt(i + k) == b.charAt(j + k)) {
                    k++;
                }
                if (k > bestSize) {
                    bestI = i;
                    bestJ = j;
                    bestSize = k;
                }
            }
        }
        if (bestSize == 0) {
            return 0;
        }
        return bestSize + matches(a, alo, bestI, b, blo, bestJ)
                + matches(a, bestI + bestSize, ahi, b, bestJ + bestSize, bhi);
    }
}
