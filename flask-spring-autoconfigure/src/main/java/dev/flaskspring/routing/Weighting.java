package dev.flaskspring.routing;

import java.util.List;

/**
 * The matching priority of a rule part, compared like Werkzeug's {@code Weighting} tuple: more static
 * text first, then fewer and lighter converters.
 */
record Weighting(int numberStaticWeights, List<int[]> staticWeights, int numberArgumentWeights,
        List<Integer> argumentWeights) implements Comparable<Weighting> {

    static final Weighting NONE = new Weighting(0, List.of(), 0, List.of());

    @Override
    public int compareTo(Weighting o) {
        int c = Integer.compare(numberStaticWeights, o.numberStaticWeights);
        if (c != 0) {
            return c;
        }
        for (int i = 0; i < Math.min(staticWeights.size(), o.staticWeights.size()); i++) {
            int[] a = staticWeights.get(i);
            int[] b = o.staticWeights.get(i);
            c = Integer.compare(a[0], b[0]);
            if (c == 0) {
                c = Integer.compare(a[1], b[1]);
            }
            if (c != 0) {
                return c;
            }
        }
        c = Integer.compare(staticWeights.size(), o.staticWeights.size());
        if (c != 0) {
            return c;
        }
        c = Integer.compare(numberArgumentWeights, o.numberArgumentWeights);
        if (c != 0) {
            return c;
        }
        for (int i = 0; i < Math.min(argumentWeights.size(), o.argumentWeights.size()); i++) {
            c = Integer.compare(argumentWeights.get(i), o.argumentWeights.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(argumentWeights.size(), o.argumentWeights.size());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Weighting w && compareTo(w) == 0;
    }

    @Override
    public int hashCode() {
        return numberStaticWeights * 31 + numberArgumentWeights;
    }
}
