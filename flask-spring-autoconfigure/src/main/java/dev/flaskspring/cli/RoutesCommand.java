package dev.flaskspring.cli;

import dev.flaskspring.Flask;
import dev.flaskspring.routing.Rule;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.shell.core.command.AbstractCommand;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.CommandOption;
import org.springframework.shell.core.command.ExitStatus;

/** {@code routes}: the table of rules with endpoint, methods and rule; Flask's {@code routes_command}. */
final class RoutesCommand extends AbstractCommand {

    private static final List<String> SORTS = List.of("endpoint", "methods", "domain", "rule", "match");

    private final Flask app;

    RoutesCommand(Flask app) {
        super("routes", "Show the routes for the app.", "", "", false);
        this.app = app;
        setOptions(List.of(
                CommandOption.with().shortName('s').longName("sort").type(String.class).defaultValue("endpoint")
                        .description("Method to sort routes by: " + String.join(", ", SORTS)
                                + ". 'match' is the order that Flask will match routes when dispatching a request.")
                        .build(),
                CommandOption.with().longName("all-methods").type(boolean.class)
                        .description("Show HEAD and OPTIONS methods.").build()));
    }

    @Override
    public ExitStatus doExecute(CommandContext context) {
        CommandOption sortOption = context.getOptionByName("sort");
        String sort = sortOption == null ? "endpoint" : sortOption.value();
        if (!SORTS.contains(sort)) {
            throw new UsageError("Invalid value for '--sort' / '-s': '" + sort + "' is not one of 'endpoint', "
                    + "'methods', 'domain', 'rule', 'match'.");
        }
        boolean allMethods = context.getOptionByName("all-methods") != null;
        print(context.outputWriter(), sort, allMethods);
        return ExitStatus.OK;
    }

    private void print(PrintWriter out, String sort, boolean allMethods) {
        List<Rule> rules = app.urlMap().rules();
        if (rules.isEmpty()) {
            out.println("No routes were registered.");
            return;
        }
        Set<String> ignored = allMethods ? Set.of() : Set.of("HEAD", "OPTIONS");
        boolean hostMatching = app.urlMap().isHostMatching();
        boolean hasDomain = rules.stream().anyMatch(r -> notEmpty(hostMatching ? r.host() : r.subdomain()));
        List<List<String>> rows = new ArrayList<>();
        for (Rule rule : rules) {
            Set<String> methods = new TreeSet<>(rule.methods() == null ? Set.of() : rule.methods());
            methods.removeAll(ignored);
            List<String> row = new ArrayList<>(List.of(rule.endpoint(), String.join(", ", methods)));
            if (hasDomain) {
                String domain = hostMatching ? rule.host() : rule.subdomain();
                row.add(domain == null ? "" : domain);
            }
            row.add(rule.rule());
            rows.add(row);
        }
        List<String> headers = new ArrayList<>(List.of("Endpoint", "Methods"));
        List<String> sorts = new ArrayList<>(List.of("endpoint", "methods"));
        if (hasDomain) {
            headers.add(hostMatching ? "Host" : "Subdomain");
            sorts.add("domain");
        }
        headers.add("Rule");
        sorts.add("rule");
        int column = sorts.indexOf(sort);
        if (column >= 0) {
            rows.sort(Comparator.comparing(row -> row.get(column)));
        }
        rows.add(0, headers);
        int[] widths = new int[headers.size()];
        for (List<String> row : rows) {
            for (int i = 0; i < widths.length; i++) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        }
        List<String> rule = new ArrayList<>();
        for (int width : widths) {
            rule.add("-".repeat(width));
        }
        rows.add(1, rule);
        for (List<String> row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < widths.length; i++) {
                if (i > 0) {
                    line.append("  ");
                }
                line.append(row.get(i)).append(" ".repeat(widths[i] - row.get(i).length()));
            }
            out.println(line);
        }
    }

    private static boolean notEmpty(String s) {
        return s != null && !s.isEmpty();
    }
}
