package dev.flaskspring.routing;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One slash-delimited part of a rule: literal text, or a regular expression with converter groups;
 * Werkzeug's {@code RulePart}. A {@code final} part (from a converter that matches slashes) takes the
 * rest of the path.
 */
record RulePart(String content, boolean isFinal, boolean isStatic, boolean suffixed, Weighting weight,
        Pattern pattern, int groups) {

    static RulePart literal(String content, Weighting weight) {
        return new RulePart(content, false, true, false, weight, null, 0);
    }

    static RulePart dynamic(String regex, boolean isFinal, boolean suffixed, Weighting weight, int groups) {
        return new RulePart(regex, isFinal, false, suffixed, weight, Pattern.compile(regex), groups);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RulePart p && p.content.equals(content) && p.isFinal == isFinal && p.isStatic == isStatic
                && p.suffixed == suffixed && p.weight.equals(weight);
    }

    @Override
    public int hashCode() {
        return Objects.hash(content, isFinal, isStatic, suffixed);
    }
}
