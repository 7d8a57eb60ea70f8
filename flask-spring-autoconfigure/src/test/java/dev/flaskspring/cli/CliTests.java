package dev.flaskspring.cli;

import static dev.flaskspring.Globals.currentApp;
import static org.assertj.core.api.Assertions.assertThat;

import dev.flaskspring.AppOptions;
import dev.flaskspring.Blueprint;
import dev.flaskspring.BlueprintOptions;
import dev.flaskspring.Flask;
import dev.flaskspring.RuleOptions;
import dev.flaskspring.View;
import dev.flaskspring.ctx.AppContext;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.shell.core.command.CommandOption;

/**
 * The command line; ported from Flask's {@code tests/test_cli.py} and the CLI cases of {@code test_testing.py}.
 * <p>Not ported, with the reason: app discovery ({@code test_cli_name}, {@code test_find_best_app},
 * {@code test_prepare_import}, {@code test_locate_app*}, {@code test_scriptinfo}) and {@code test_get_version},
 * since the app is a Spring bean or a {@code Flask} object, never an import string; {@code test_flaskgroup_debug}
 * and {@code test_flaskgroup_nested} ({@code FlaskGroup} is not user-built here: {@code FlaskCli} is the one group);
 * the dotenv tests (dotenv is loaded by Spring Boot, see {@code DotEnvFileTests}); {@code run}'s options are in
 * {@code RunArgumentsTests}; {@code test_cli_custom_obj} and
 * {@code test_cli_runner_class} (no Click context object or runner class setting).
 */
class CliTests {

    private static final View NO_VIEW = args -> "";

    static Flask app() {
        Flask app = new Flask("flask_test");
        app.config().put("TESTING", true);
        return app;
    }

    static Flask appWithStatic() throws Exception {
        Path root = Path.of(CliTests.class.getResource("/flaskapp").toURI());
        return new Flask("flask_test", AppOptions.builder().rootPath(root.toString()).build());
    }

    // Flask: tests/test_cli.py::test_app_cli_has_app_context
    @Test
    void appCliHasAppContext() {
        Flask app = app();
        Object[] seen = new Object[2];
        app.cli().command("check", "", ctx -> {
            seen[0] = currentApp() == app;
            seen[1] = ctx.getArgumentByIndex(0).value();
        });
        CliResult result = app.testCliRunner().invoke("check", "x");
        assertThat(result.exitCode()).isZero();
        assertThat(seen).containsExactly(true, "x");
    }

    // Flask: tests/test_cli.py::test_with_appcontext
    @Test
    void withAppcontext() {
        Flask app = new Flask("testapp");
        app.cli().command("testcmd", "", ctx -> ctx.outputWriter().println(currentApp().name()));
        CliResult result = app.testCliRunner().invoke("testcmd");
        assertThat(result.exitCode()).isZero();
        assertThat(result.output()).isEqualTo("testapp\n");
    }

    // Flask: tests/test_cli.py::test_appgroup_app_context
    @Test
    void appgroupAppContext() {
        Flask app = new Flask("testappgroup");
        app.cli().command("test", "", ctx -> ctx.outputWriter().println(currentApp().name()));
        app.cli().group("subgroup").command("test2", "", ctx -> ctx.outputWriter().println(currentApp().name()));

        CliResult result = app.testCliRunner().invoke("test");
        assertThat(result.exitCode()).isZero();
        assertThat(result.output()).isEqualTo("testappgroup\n");

        result = app.testCliRunner().invoke("subgroup", "test2");
        assertThat(result.exitCode()).isZero();
        assertThat(result.output()).isEqualTo("testappgroup\n");
    }

    // Flask: tests/test_cli.py::test_flaskgroup_app_context
    @Test
    void flaskgroupAppContext() {
        Flask app = new Flask("flaskgroup");
        app.cli().command("test", "", ctx -> ctx.outputWriter().println(currentApp().name()));
        CliResult result = app.testCliRunner().invoke("test");
        assertThat(result.exitCode()).isZero();
        assertThat(result.output()).isEqualTo("flaskgroup\n");
    }

    // Flask: tests/test_cli.py::test_no_command_echo_loading_error (an unknown command is a usage error)
    @Test
    void noCommandEchoLoadingError() {
        CliResult result = app().testCliRunner().invoke("missing");
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.output()).contains("Usage:").contains("Error: No such command 'missing'.")
                .contains("Try 'flask help' for help.");
    }

    // Flask: tests/test_cli.py::test_help_echo_loading_error
    @Test
    void helpEchoLoadingError() {
        Flask app = app();
        app.cli().command("init-db", "Clear the existing data and create new tables.", ctx -> { });
        for (String help : List.of("--help", "help", "-h")) {
            CliResult result = app.testCliRunner().invoke(help);
            assertThat(result.exitCode()).isZero();
            assertThat(result.output()).startsWith("Usage: flask [OPTIONS] COMMAND [ARGS]...")
                    .contains("  init-db  Clear the existing data and create new tables.\n")
                    .contains("  routes   Show the routes for the app.\n")
                    .contains("  run      Run a development server.\n")
                    .contains("  shell    Run a shell in the app context.\n");
        }
    }

    /** Flask's {@code TestRoutes}. */
    @Nested
    class TestRoutes {

        private Flask routesApp() throws Exception {
            Flask app = appWithStatic();
            app.addUrlRule("/get_post/<int:x>/<int:y>", "yyy_get_post", NO_VIEW,
                    RuleOptions.builder().methods("GET", "POST").build());
            app.addUrlRule("/zzz_post", "aaa_post", NO_VIEW, RuleOptions.builder().methods("POST").build());
            return app;
        }

        private void expectOrder(List<String> order, String output) {
            List<String> lines = Arrays.asList(output.split("\n"));
            for (int i = 0; i < order.size(); i++) {
                assertThat(lines.get(i + 2)).startsWith(order.get(i));
            }
        }

        // Flask: tests/test_cli.py::TestRoutes::test_simple
        @Test
        void simple() throws Exception {
            CliResult result = routesApp().testCliRunner().invoke("routes");
            assertThat(result.exitCode()).isZero();
            expectOrder(List.of("aaa_post", "static", "yyy_get_post"), result.output());
        }

        // Flask: tests/test_cli.py::TestRoutes::test_sort
        @Test
        void sort() throws Exception {
            Flask app = routesApp();
            FlaskCliRunner runner = app.testCliRunner();
            String defaultOutput = runner.invoke("routes").output();
            assertThat(runner.invoke("routes", "-s", "endpoint").output()).isEqualTo(defaultOutput);
            expectOrder(List.of("static", "yyy_get_post", "aaa_post"), runner.invoke("routes", "-s", "methods").output());
            expectOrder(List.of("yyy_get_post", "static", "aaa_post"), runner.invoke("routes", "-s", "rule").output());
            List<String> matchOrder = app.urlMap().rules().stream().map(r -> r.endpoint()).toList();
            expectOrder(matchOrder, runner.invoke("routes", "--sort=match").output());
        }

        // Flask: tests/test_cli.py::TestRoutes::test_all_methods
        @Test
        void allMethods() throws Exception {
            FlaskCliRunner runner = routesApp().testCliRunner();
            assertThat(runner.invoke("routes").output()).doesNotContain("GET, HEAD, OPTIONS, POST");
            assertThat(runner.invoke("routes", "--all-methods").output()).contains("GET, HEAD, OPTIONS, POST");
        }

        // Flask: tests/test_cli.py::TestRoutes::test_no_routes
        @Test
        void noRoutes() {
            CliResult result = app().testCliRunner().invoke("routes");
            assertThat(result.exitCode()).isZero();
            assertThat(result.output()).contains("No routes were registered.");
        }

        // Flask: tests/test_cli.py::TestRoutes::test_subdomain
        @Test
        void subdomain() {
            Flask app = app();
            app.addUrlRule("/a", "a", NO_VIEW, RuleOptions.builder().subdomain("a").build());
            app.addUrlRule("/b", "b", NO_VIEW, RuleOptions.builder().subdomain("b").build());
            CliResult result = app.testCliRunner().invoke("routes");
            assertThat(result.exitCode()).isZero();
            assertThat(result.output()).contains("Subdomain");
        }

        // Flask: tests/test_cli.py::TestRoutes::test_host
        @Test
        void host() {
            Flask app = new Flask("flask_test", AppOptions.builder().hostMatching(true).staticHost("s").build());
            app.addUrlRule("/a", "a", NO_VIEW, RuleOptions.builder().host("a").build());
            app.addUrlRule("/b", "b", NO_VIEW, RuleOptions.builder().host("b").build());
            CliResult result = app.testCliRunner().invoke("routes");
            assertThat(result.exitCode()).isZero();
            assertThat(result.output()).contains("Host");
        }

        @Test
        void theTableIsFlasksByteForByte() throws Exception {
            String output = routesApp().testCliRunner().invoke("routes").output();
            assertThat(output).isEqualTo(String.join("\n",
                    "Endpoint      Methods    Rule                     ",
                    "------------  ---------  -------------------------",
                    "aaa_post      POST       /zzz_post                ",
                    "static        GET        /static/<path:filename>  ",
                    "yyy_get_post  GET, POST  /get_post/<int:x>/<int:y>", ""));
        }

        @Test
        void anUnknownSortIsAUsageError() throws Exception {
            CliResult result = routesApp().testCliRunner().invoke("routes", "--sort", "size");
            assertThat(result.exitCode()).isEqualTo(2);
            assertThat(result.output()).contains("Error: Invalid value for '--sort' / '-s': 'size' is not one of");
        }
    }

    // Flask: tests/test_cli.py::test_cli_blueprints
    @Test
    void cliBlueprints() {
        Flask app = app();
        Blueprint custom = new Blueprint("custom", BlueprintOptions.builder().cliGroup("customized").build());
        Blueprint nested = new Blueprint("nested");
        Blueprint merged = new Blueprint("merged", BlueprintOptions.builder().cliGroup("").build());
        Blueprint late = new Blueprint("late");
        custom.cli().command("custom", "", ctx -> ctx.outputWriter().println("custom_result"));
        nested.cli().command("nested", "", ctx -> ctx.outputWriter().println("nested_result"));
        merged.cli().command("merged", "", ctx -> ctx.outputWriter().println("merged_result"));
        late.cli().command("late", "", ctx -> ctx.outputWriter().println("late_result"));
        app.registerBlueprint(custom);
        app.registerBlueprint(nested);
        app.registerBlueprint(merged);
        app.registerBlueprint(late, BlueprintOptions.builder().cliGroup("late_registration").build());

        FlaskCliRunner runner = app.testCliRunner();
        assertThat(runner.invoke("customized", "custom").output()).contains("custom_result");
        assertThat(runner.invoke("nested", "nested").output()).contains("nested_result");
        assertThat(runner.invoke("merged").output()).contains("merged_result");
        assertThat(runner.invoke("late_registration", "late").output()).contains("late_result");
    }

    // Flask: tests/test_cli.py::test_cli_empty
    @Test
    void cliEmpty() {
        Flask app = app();
        app.registerBlueprint(new Blueprint("blue", BlueprintOptions.builder().cliGroup("blue").build()));
        CliResult result = app.testCliRunner().invoke("blue", "--help");
        assertThat(result.exitCode()).as(result.output()).isEqualTo(2);
    }

    // Flask: tests/test_testing.py::test_cli_invoke
    @Test
    void cliInvoke() {
        Flask app = app();
        app.cli().command("hello", "", ctx -> ctx.outputWriter().println("Hello, World!"));
        FlaskCliRunner runner = app.testCliRunner();
        CliResult result = runner.invoke("hello");
        assertThat(result.output()).contains("Hello, World!");
    }

    @Test
    void aFailingCommandExitsWithOneAndKeepsItsException() {
        Flask app = app();
        app.cli().command("boom", "", ctx -> {
            throw new IllegalStateException("bad");
        });
        CliResult result = app.testCliRunner().invoke("boom");
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.exception()).isInstanceOf(IllegalStateException.class).hasMessage("bad");
        assertThat(result.output()).isEmpty();
    }

    @Test
    void optionsAreCheckedAsClickChecksThem() {
        Flask app = app();
        Blueprint bp = new Blueprint("nested");
        bp.cli().command("nested", "Counts.",
                List.of(CommandOption.with().longName("count").type(int.class).required(true).build(),
                        CommandOption.with().shortName('v').longName("verbose").type(boolean.class).build()),
                ctx -> ctx.outputWriter().println("n" + ctx.getOptionByName("count").value()
                        + (ctx.getOptionByName("verbose") != null ? " verbose" : "")));
        app.registerBlueprint(bp);
        FlaskCliRunner runner = app.testCliRunner();

        assertThat(runner.invoke("nested", "nested", "--count", "3", "-v").output()).isEqualTo("n3 verbose\n");
        assertThat(runner.invoke("nested", "nested", "--count=4").output()).isEqualTo("n4\n");
        assertUsageError(runner.invoke("nested", "nested"), "Error: Missing option '--count'.");
        assertUsageError(runner.invoke("nested", "nested", "--count", "x"),
                "Error: Invalid value for '--count': 'x' is not a valid integer.");
        assertUsageError(runner.invoke("nested", "nested", "--count", "3", "--zz"), "Error: No such option '--zz'.");
        assertUsageError(runner.invoke("nested", "nested", "--count"),
                "Error: Option '--count' requires an argument.");
        assertUsageError(runner.invoke("nested", "xyz"), "Error: No such command 'xyz'.");
        CliResult group = runner.invoke("nested");
        assertThat(group.exitCode()).isEqualTo(2);
        assertThat(group.output()).startsWith("Usage: flask nested [OPTIONS] COMMAND [ARGS]...").contains("  nested  Counts.");
        CliResult help = runner.invoke("nested", "nested", "--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.output()).startsWith("Usage: flask nested nested [OPTIONS]\n\n  Counts.\n\nOptions:\n")
                .contains("  --count INTEGER\n").contains("  -v, --verbose\n").contains("  --help           Show this message and exit.\n");
        assertThat(runner.invoke("help", "nested", "nested").output()).isEqualTo(help.output());
    }

    private static void assertUsageError(CliResult result, String error) {
        assertThat(result.exitCode()).as(result.output()).isEqualTo(2);
        assertThat(result.output()).contains("Usage: flask ").contains("Error: ").endsWith(error + "\n");
    }

    @Test
    void aUsageErrorThrownByTheCommandExitsWithTwo() {
        Flask app = app();
        app.cli().command("pick", "", ctx -> {
            throw new UsageError("Pick one.");
        });
        CliResult result = app.testCliRunner().invoke("pick");
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.output()).contains("Try 'flask pick --help' for help.").endsWith("Error: Pick one.\n");
    }

    private static FlaskCliRunner stampRunner(List<Object> seen) {
        Flask app = app();
        app.cli().group("db").command("stamp", "Stamp the version.", List.of(),
                List.of(CliArgument.required("VERSION").ofType(Integer.class).describedAs("The version to record."),
                        CliArgument.optional("NOTE")),
                ctx -> {
                    seen.add(CliArgument.value(ctx, 0, Integer.class));
                    seen.add(CliArgument.value(ctx, 1));
                });
        return app.testCliRunner();
    }

    @Test
    void declaredArgumentsAreGivenToTheCommandTyped() {
        List<Object> seen = new java.util.ArrayList<>();
        FlaskCliRunner runner = stampRunner(seen);
        assertThat(runner.invoke("db", "stamp", "3", "why").exitCode()).isZero();
        assertThat(runner.invoke("db", "stamp", "4").exitCode()).isZero();
        assertThat(runner.invoke("db", "stamp", "--", "-5").exitCode()).isZero();
        assertThat(seen).containsExactly(3, "why", 4, null, -5, null);
    }

    @Test
    void aMissingExtraOrMistypedArgumentIsAUsageErrorAndTheCommandDoesNotRun() {
        List<Object> seen = new java.util.ArrayList<>();
        FlaskCliRunner runner = stampRunner(seen);
        assertUsageError(runner.invoke("db", "stamp"), "Error: Missing argument 'VERSION'.");
        assertUsageError(runner.invoke("db", "stamp", "x"),
                "Error: Invalid value for 'VERSION': 'x' is not a valid integer.");
        assertUsageError(runner.invoke("db", "stamp", "1", "a", "b"), "Error: Got unexpected extra argument (b)");
        assertUsageError(runner.invoke("db", "stamp", "1", "a", "b", "c"),
                "Error: Got unexpected extra arguments (b c)");
        assertThat(runner.invoke("db", "stamp").output()).startsWith("Usage: flask db stamp [OPTIONS] VERSION [NOTE]\n")
                .contains("Try 'flask db stamp --help' for help.");
        assertThat(seen).isEmpty();
    }

    @Test
    void theHelpOfACommandShowsItsArguments() {
        CliResult help = stampRunner(new java.util.ArrayList<>()).invoke("db", "stamp", "--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.output()).isEqualTo(String.join("\n",
                "Usage: flask db stamp [OPTIONS] VERSION [NOTE]",
                "",
                "  Stamp the version.",
                "",
                "Arguments:",
                "  VERSION  The version to record.",
                "  NOTE",
                "",
                "Options:",
                "  --help  Show this message and exit.", ""));
    }

    @Test
    void aCommandWithoutArgumentsRefusesOne() {
        Flask app = app();
        app.cli().command("current", "", List.of(), List.of(), ctx -> ctx.outputWriter().println("ran"));
        assertUsageError(app.testCliRunner().invoke("current", "x"), "Error: Got unexpected extra argument (x)");
        assertThat(app.testCliRunner().invoke("current").output()).isEqualTo("ran\n");
    }

    @Test
    void aRequiredArgumentAfterAnOptionalOneIsRefusedAtRegistration() {
        Flask app = app();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> app.cli().command("x", "", List.of(),
                List.of(CliArgument.optional("A"), CliArgument.required("B")), ctx -> { }))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("B cannot follow an optional one");
    }

    @Test
    void aClickExceptionExitsWithOneAndItsMessageWithoutATrace() {
        Flask app = app();
        app.cli().command("check", "", ctx -> {
            throw new ClickException("Target database is not up to date.");
        });
        CliResult result = app.testCliRunner().invoke("check");
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.exception()).isNull();
        assertThat(result.output()).isEqualTo("Error: Target database is not up to date.\n");
    }

    @Test
    void theShellEvaluatesJavaWithTheLiveAppBoundAsApp() {
        Flask app = app();
        CliResult result = app.testCliRunner().invokeWithInput("app.name()\napp == dev.flaskspring.Globals.currentApp()\n/exit\n", "shell");
        assertThat(result.exitCode()).isZero();
        assertThat(result.output()).contains("App: flask_test\n").contains("$1 ==> \"flask_test\"")
                .contains("$2 ==> true");
    }

    @Test
    void theShellRunsInTheAppContextWithItsG() {
        Flask app = app();
        CliResult result = app.testCliRunner().invokeWithInput(
                "g.put(\"user\", \"ada\")\ndev.flaskspring.Globals.g().get(\"user\")\n", "shell");
        assertThat(result.exitCode()).isZero();
        assertThat(result.output()).contains("==> \"ada\"");
    }

    @Test
    void shellContextProcessorsAddTheirNamesTypedAsTheirValues() {
        Flask app = app();
        app.shellContextProcessor(() -> Map.of("answer", 41, "names", List.of("a", "b")));
        app.shellContextProcessor(() -> Map.of("db-session", "x"));
        CliResult result = app.testCliRunner().invokeWithInput("answer + 1\nnames.size()\n", "shell");
        assertThat(result.output()).contains("$1 ==> 42").contains("$2 ==> 2")
                .contains("Not bound in the shell: 'db-session' is not a Java name.");
        try (AppContext ignored = app.appContext()) {
            assertThat(app.makeShellContext()).containsOnlyKeys("app", "g", "answer", "names", "db-session");
        }
    }

    @Test
    void theShellReportsCompileErrorsAndExceptionsAndGoesOn() {
        CliResult result = app().testCliRunner().invokeWithInput(
                "nope()\nthrow new IllegalStateException(\"boom\")\n1 + 1\n", "shell");
        assertThat(result.exitCode()).isZero();
        assertThat(result.output()).contains("cannot find symbol")
                .contains("Exception java.lang.IllegalStateException: boom").contains("==> 2");
    }

    @Test
    void exitWithAStatusEndsTheShellWithIt() {
        assertThat(app().testCliRunner().invokeWithInput("/exit 3\n", "shell").exitCode()).isEqualTo(3);
    }

    @Test
    void aShellVariableIsDeclaredWithTheMostPreciseTypeASnippetCanName() {
        assertThat(ShellBindings.typeName(app())).isEqualTo("dev.flaskspring.Flask");
        assertThat(ShellBindings.typeName(Map.of("a", 1))).isEqualTo("java.util.Map");
        assertThat(ShellBindings.typeName(new Hidden())).isEqualTo("java.lang.Thread");
        assertThat(ShellBindings.typeName(null)).isEqualTo("java.lang.Object");
    }

    private static final class Hidden extends Thread {
    }
}
