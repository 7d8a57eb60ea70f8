package dev.flaskspring.autoconfigure;

import static dev.flaskspring.Globals.currentApp;
import static org.assertj.core.api.Assertions.assertThat;

import dev.flaskspring.FlaskApplication;
import dev.flaskspring.annotation.Get;
import dev.flaskspring.annotation.Views;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;

/**
 * {@code FlaskApplication} in command mode: Boot starts without a web server, Spring Shell {@code @Command}
 * beans join the app's commands, the command runs in an app context and its status is the exit status.
 */
class FlaskApplicationCommandTests {

    /** A small Boot application with a view and two Spring Shell commands. */
    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class CommandApp {
        @Bean
        Pages pages() {
            return new Pages();
        }

        @Bean
        AdminPages adminPages() {
            return new AdminPages();
        }

        @Bean
        UserCommands userCommands() {
            return new UserCommands();
        }
    }

    @Views
    static class Pages {
        @Get("/hello")
        Object hello() {
            return "Hello";
        }
    }

    @Views(blueprint = "admin", urlPrefix = "/admin")
    static class AdminPages {
        @Get("/")
        Object index() {
            return "Admin";
        }

        @Command(name = "purge", description = "Purge the caches.")
        String purge() {
            return "purged by " + currentApp().name();
        }
    }

    static class UserCommands {
        @Command(name = "greet", description = "Greet someone.")
        String greet(@Option(longName = "name", defaultValue = "World") String name) {
            return "Hello, " + name + " from " + currentApp().name();
        }

        @Command(name = {"auth", "create-user"}, description = "Create a user.")
        String createUser(@Option(longName = "username", required = true) String username) {
            return "created " + username;
        }

        @Command(name = "fail", description = "Fails.")
        void fail() {
            throw new IllegalStateException("it failed");
        }
    }

    record Run(int status, String out, String err) {
    }

    private static Run run(String... args) throws Exception {
        return capture(() -> FlaskApplication.execute(CommandApp.class, args));
    }

    private static synchronized Run capture(Callable<Integer> body) throws Exception {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
        try {
            int status = body.call();
            return new Run(status, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    @Test
    void routesPrintsTheTableOfTheViewsWithoutAWebServer() throws Exception {
        Run run = run("--flask.name=cmdapp", "routes");
        assertThat(run.status()).isZero();
        assertThat(run.out()).startsWith("Endpoint").containsPattern("\nhello +GET +/hello *\n");
        assertThat(run.out()).doesNotContain("Tomcat").doesNotContain("Started");
    }

    @Test
    void springShellCommandsRunInTheAppContextWithTheirOptions() throws Exception {
        assertThat(run("--flask.name=cmdapp", "greet").out()).isEqualTo("Hello, World from cmdapp\n");
        Run named = run("greet", "--name", "Ada");
        assertThat(named.status()).isZero();
        assertThat(named.out()).isEqualTo("Hello, Ada from app\n");
    }

    @Test
    void aCommandOfSeveralWordsIsInItsGroup() throws Exception {
        assertThat(run("auth", "create-user", "--username", "ada").out()).isEqualTo("created ada\n");
        Run missing = run("auth", "create-user");
        assertThat(missing.status()).isEqualTo(2);
        assertThat(missing.err()).contains("Error: Missing option '--username'.");
    }

    @Test
    void aCommandOfABlueprintViewsClassIsInTheBlueprintsGroup() throws Exception {
        assertThat(run("admin", "purge").out()).isEqualTo("purged by app\n");
        assertThat(run("routes").out()).containsPattern("\nadmin.index +GET +/admin/ *\n");
    }

    @Test
    void helpListsEveryCommandWithItsOneLineHelp() throws Exception {
        for (String help : List.of("help", "--help")) {
            Run run = run(help);
            assertThat(run.status()).isZero();
            assertThat(run.out()).contains("Usage: ").containsPattern("\nCommands:\n  admin purge +Purge the caches.\n")
                    .containsPattern("\n  auth create-user +Create a user.\n").containsPattern("\n  greet +Greet someone.\n")
                    .containsPattern("\n  routes +Show the routes");
        }
    }

    @Test
    void anUnknownCommandIsAUsageErrorNamingIt() throws Exception {
        Run run = run("frobnicate");
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("Error: No such command 'frobnicate'.").contains("help' for help.");
    }

    @Test
    void aFailingCommandExitsWithOne() throws Exception {
        Run run = run("fail");
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).contains("it failed");
    }

    @Test
    void shellIsAJShellSessionWithTheBootAppBound() throws Exception {
        InputStream stdin = System.in;
        System.setIn(new ByteArrayInputStream("app.name()\n".getBytes(StandardCharsets.UTF_8)));
        try {
            Run run = run("--flask.name=cmdapp", "shell");
            assertThat(run.status()).isZero();
            assertThat(run.out()).contains("App: cmdapp\n").contains("$1 ==> \"cmdapp\"");
        } finally {
            System.setIn(stdin);
        }
    }

    @Test
    void launchArgumentsTellServingFromCommands() {
        assertThat(LaunchArguments.parse().serve()).isTrue();
        assertThat(LaunchArguments.parse("--server.port=8081").bootArgs()).containsExactly("--server.port=8081");
        LaunchArguments run = LaunchArguments.parse("--debug", "run", "--host", "0.0.0.0", "-p", "8000");
        assertThat(run.serve()).isTrue();
        assertThat(run.bootArgs()).containsExactly("--flask.debug=true", "--server.address=0.0.0.0",
                "--server.port=8000");
        assertThat(LaunchArguments.parse("run", "--port=x").serve()).isFalse();
        assertThat(LaunchArguments.parse("run", "--help").commandArgs()).containsExactly("run", "--help");
        LaunchArguments routes = LaunchArguments.parse("--flask.name=x", "routes", "--sort", "rule");
        assertThat(routes.serve()).isFalse();
        assertThat(routes.bootArgs()).containsExactly("--flask.name=x");
        assertThat(routes.commandArgs()).containsExactly("routes", "--sort", "rule");
        assertThat(LaunchArguments.parse("--debug", "routes").bootArgs()).containsExactly("--flask.debug=true");
    }

    @Test
    void runReadsItsOptionsWithTheRunCommandsDefinitions() {
        LaunchArguments run = LaunchArguments.parse("--debug", "run", "--no-debug", "--reload", "--spring.x.y=1");
        assertThat(run.run().options().debug()).isFalse();
        assertThat(run.run().options().reload()).isTrue();
        assertThat(run.bootArgs()).containsExactly("--spring.x.y=1", "--flask.debug=false");
        assertThat(LaunchArguments.parse("run", "--cert", "adhoc", "--key", "k.pem").serve()).isFalse();
        assertThat(LaunchArguments.parse("run", "--nope").commandArgs()).containsExactly("run", "--nope");
    }

    @Test
    void runsCertificateAndExtraFilesBecomeBootsSslAndDevToolsProperties(@TempDir Path folder) throws Exception {
        Path cert = Files.writeString(folder.resolve("cert.pem"), "x");
        Path key = Files.writeString(folder.resolve("key.pem"), "x");
        Path extra = Files.writeString(Files.createDirectories(folder.resolve("conf")).resolve("a.toml"), "x");
        LaunchArguments run = LaunchArguments.parse("run", "--cert", cert.toString(), "--key", key.toString(),
                "--extra-files", extra + File.pathSeparator + folder);
        assertThat(run.bootArgs()).containsExactly("--server.ssl.certificate=" + cert.toUri(),
                "--server.ssl.certificate-private-key=" + key.toUri(),
                "--spring.devtools.restart.additional-paths=" + extra.getParent() + "," + folder);
    }
}
