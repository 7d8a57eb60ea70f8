package dev.flaskspring.cli;

import java.io.FilterInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jdk.jshell.tool.JavaShellToolBuilder;

/**
 * One JShell session with names bound to live objects; what {@code shell} runs, as Flask's runs
 * {@code code.interact(local=ctx)}. The JDK's own {@code jshell} tool, so its commands ({@code /help},
 * {@code /vars}, {@code /exit}) work, and on a terminal its line editing, completion and history.
 */
final class JShellSession {

    private JShellSession() {
    }

    /** Runs the session on {@code console} until {@code /exit} or the end of input; its exit status. */
    static int run(Map<String, Object> names, LineInputReader console) throws Exception {
        ShellBindings bindings = ShellBindings.open(names);
        for (String name : bindings.unboundNames()) {
            console.error().println("Not bound in the shell: '" + name + "' is not a Java name.");
        }
        Path startup = Files.createTempFile("flask-shell", ".jsh");
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        try (ShellClassPath classPath = ShellClassPath.of()) {
            Files.writeString(startup, bindings.snippets());
            // JShell finds execution engines with the context class loader.
            thread.setContextClassLoader(ShellExecution.class.getClassLoader());
            JavaShellToolBuilder tool = JavaShellToolBuilder.builder().out(console.output()).err(console.error());
            if (console.isTerminal()) {
                tool.in(console.input(), null); // JShell sees the terminal and edits lines, with its history
            } else {
                // Not System.in itself, which JShell would probe for a terminal: plain lines, and no history kept.
                tool.in(new FilterInputStream(console.input()) { }, null).interactiveTerminal(false)
                        .persistence(new HashMap<>());
            }
            List<String> options = new ArrayList<>(List.of("--execution", ShellExecution.NAME, "-q",
                    "--startup", "DEFAULT", "--startup", startup.toString()));
            if (!classPath.path().isEmpty()) {
                options.addAll(List.of("--class-path", classPath.path()));
            }
            return tool.start(options.toArray(String[]::new));
        } finally {
            thread.setContextClassLoader(previous);
            bindings.close();
            Files.deleteIfExists(startup);
        }
    }
}
