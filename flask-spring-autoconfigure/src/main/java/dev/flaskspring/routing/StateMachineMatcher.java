package dev.flaskspring.routing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * Matches a path against all rules by walking a tree of rule parts, static parts by hash lookup and
 * variable parts in weight order; Werkzeug's {@code StateMachineMatcher}. The cost of a match depends
 * on the path's length, not on the number of rules.
 */
final class StateMachineMatcher {

    /** A node: the rules ending here, and the static and dynamic transitions out. */
    private static final class State {
        final List<Map.Entry<RulePart, State>> dynamic = new ArrayList<>(0);
        final List<Rule> rules = new ArrayList<>(0);
        final Map<String, State> statics = new HashMap<>(4);
    }

    /** A match before conversion: the rule and its raw variable texts. */
    private record Found(Rule rule, List<String> values) {
    }

    /** Thrown inside a match when the path needs a trailing slash. */
    private static final class SlashRequired extends RuntimeException {
        SlashRequired() {
            super(null, null, false, false);
        }
    }

    /** Per-match state: methods seen on path-only matches. */
    private static final class Attempt {
        final String method;
        Set<String> haveMatchFor;

        Attempt(String method) {
            this.method = method;
        }

        void saw(Set<String> methods) {
            if (haveMatchFor == null) {
                haveMatchFor = new LinkedHashSet<>();
            }
            haveMatchFor.addAll(methods);
        }
    }

    private static final java.util.regex.Pattern REPEATED_SLASHES = java.util.regex.Pattern.compile("/{2,}");

    private final State root = new State();

    void add(Rule rule) {
        State state = root;
        for (RulePart part : rule.parts()) {
            if (part.isStatic()) {
                state = state.statics.computeIfAbsent(part.content(), k -> new State());
            } else {
                State next = null;
                for (Map.Entry<RulePart, State> e : state.dynamic) {
                    if (e.getKey().equals(part)) {
                        next = e.getValue();
                        break;
                    }
                }
                if (next == null) {
                    next = new State();
                    state.dynamic.add(Map.entry(part, next));
                }
                state = next;
            }
        }
        state.rules.add(rule);
    }

    /** Sorts the dynamic transitions by weight, after all rules are added; Werkzeug's {@code update}. */
    void update() {
        update(root);
    }

    private void update(State state) {
        state.dynamic.sort(Map.Entry.comparingByKey((a, b) -> a.weight().compareTo(b.weight())));
        state.statics.values().forEach(this::update);
        state.dynamic.forEach(e -> update(e.getValue()));
    }

    /** Matches {@code domain} and {@code path} (which starts with a slash) for {@code method}. */
    Outcome match(String domain, String path, String method, boolean mergeSlashes) {
        Attempt attempt = new Attempt(method);
        Found found;
        try {
            found = match(root, split(domain, path), 0, new ArrayList<>(), attempt);
        } catch (SlashRequired e) {
            return Outcome.redirect(path + "/");
        }
        if (mergeSlashes && found == null && path.contains("//")) {
            String merged = REPEATED_SLASHES.matcher(path).replaceAll("/");
            try {
                found = match(root, split(domain, merged), 0, new ArrayList<>(), attempt);
            } catch (SlashRequired e) {
                return Outcome.redirect(merged + "/");
            }
            if (found == null || Boolean.FALSE.equals(found.rule().mergeSlashes())) {
                return Outcome.noMatch(attempt.haveMatchFor);
            }
            return Outcome.redirect(merged);
        }
        if (found == null) {
            return Outcome.noMatch(attempt.haveMatchFor);
        }
        return Outcome.matched(found.rule(), found.values(), attempt.haveMatchFor);
    }

    /**
     * The converted values of a structural match plus the rule's defaults, or null when a converter
     * refuses its part (then nothing matches, as in Werkzeug).
     */
    static Map<String, Object> convert(Rule rule, List<String> raw) {
        Map<String, Object> result = new LinkedHashMap<>();
        int i = 0;
        for (Map.Entry<String, UrlConverter> c : rule.converters().entrySet()) {
            try {
                result.put(c.getKey(), c.getValue().toJava(raw.get(i++)));
            } catch (ValidationError | IllegalArgumentException e) {
                return null;
            }
        }
        if (rule.defaults() != null) {
            result.putAll(rule.defaults());
        }
        return result;
    }

    private static String[] split(String domain, String path) {
        String[] pathParts = path.split("/", -1);
        String[] out = new String[pathParts.length + 1];
        out[0] = domain;
        System.arraycopy(pathParts, 0, out, 1, pathParts.length);
        return out;
    }

    private Found match(State state, String[] parts, int index, List<String> values, Attempt attempt) {
        if (index == parts.length) {
            for (Rule rule : state.rules) {
                if (rule.methods() != null && !rule.methods().contains(attempt.method)) {
                    attempt.saw(rule.methods());
                } else {
                    return new Found(rule, new ArrayList<>(values));
                }
            }
            State slash = state.statics.get("");
            if (slash != null) {
                for (Rule rule : slash.rules) {
                    if (rule.methods() == null || rule.methods().contains(attempt.method)) {
                        if (rule.strictSlashes()) {
                            throw new SlashRequired();
                        }
                        return new Found(rule, new ArrayList<>(values));
                    }
                }
            }
            return null;
        }
        String part = parts[index];
        State next = state.statics.get(part);
        if (next != null) {
            Found rv = match(next, parts, index + 1, values, attempt);
            if (rv != null) {
                return rv;
            }
        }
        for (Map.Entry<RulePart, State> e : state.dynamic) {
            RulePart test = e.getKey();
            String target = part;
            String[] remaining = parts;
            int nextIndex = index + 1;
            if (test.isFinal()) {
                target = String.join("/", java.util.Arrays.copyOfRange(parts, index, parts.length));
                nextIndex = parts.length;
            }
            Matcher m = test.pattern().matcher(target);
            if (m.matches()) {
                if (test.suffixed() && "/".equals(m.group("wzsuffix"))) {
                    remaining = new String[] {""};
                    nextIndex = 0;
                }
                int before = values.size();
                for (int g = 0; g < test.groups(); g++) {
                    values.add(m.group("wz" + g));
                }
                Found rv = match(e.getValue(), remaining, nextIndex, values, attempt);
                if (rv != null) {
                    return rv;
                }
                values.subList(before, values.size()).clear();
            }
        }
        if (index == parts.length - 1 && part.isEmpty()) {
            for (Rule rule : state.rules) {
                if (rule.strictSlashes()) {
                    continue;
                }
                if (rule.methods() != null && !rule.methods().contains(attempt.method)) {
                    attempt.saw(rule.methods());
                } else {
                    return new Found(rule, new ArrayList<>(values));
                }
            }
        }
        return null;
    }

    /** What the matcher found: a rule and its raw values, a path to redirect to, or nothing (with methods seen). */
    record Outcome(Rule rule, List<String> rawValues, String redirectPath, Set<String> haveMatchFor) {
        static Outcome matched(Rule rule, List<String> rawValues, Set<String> haveMatchFor) {
            return new Outcome(rule, rawValues, null, haveMatchFor);
        }

        static Outcome redirect(String path) {
            return new Outcome(null, null, path, null);
        }

        static Outcome noMatch(Set<String> haveMatchFor) {
            return new Outcome(null, null, null, haveMatchFor);
        }
    }
}
