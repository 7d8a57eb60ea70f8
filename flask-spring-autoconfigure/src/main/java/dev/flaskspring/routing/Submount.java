package dev.flaskspring.routing;

import java.util.List;

/**
 * Rules that share a path prefix; Werkzeug's {@code Submount}:
 * {@code map.add(new Submount("/foo", List.of(Rule.builder("/bar").endpoint("bar").build())))} matches {@code /foo/bar}.
 */
public final class Submount {

    private final String path;
    private final List<Rule> rules;

    /** The {@code rules} (unbound) under {@code path}, which has no trailing slash. */
    public Submount(String path, List<Rule> rules) {
        this.path = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        this.rules = List.copyOf(rules);
    }

    /** The rules with the prefix applied, unbound; Werkzeug's {@code get_rules}. */
    public List<Rule> rules() {
        return rules.stream().map(rule -> rule.prefixed(path)).toList();
    }
}
