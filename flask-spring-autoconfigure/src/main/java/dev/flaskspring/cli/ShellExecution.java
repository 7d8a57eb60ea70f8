package dev.flaskspring.cli;

import java.util.HashMap;
import java.util.Map;
import jdk.jshell.execution.DirectExecutionControl;
import jdk.jshell.execution.LoaderDelegate;
import jdk.jshell.spi.ExecutionControl;
import jdk.jshell.spi.ExecutionControl.ClassBytecodes;
import jdk.jshell.spi.ExecutionControl.ClassInstallException;
import jdk.jshell.spi.ExecutionControlProvider;
import jdk.jshell.spi.ExecutionEnv;

/**
 * JShell's execution engine for {@code shell}: snippets run in this JVM, on the thread that reads them, with
 * the app's class loader as parent, so they see the live app and its app context. JShell's own {@code local}
 * engine runs each snippet on a new thread, under the system class loader, and would see neither.
 * <p>Found by JShell through {@code META-INF/services}, by its name {@value #NAME}.
 */
public final class ShellExecution implements ExecutionControlProvider {

    /** The engine's name for JShell's {@code --execution}. */
    static final String NAME = "flask";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public ExecutionControl generate(ExecutionEnv env, Map<String, String> parameters) {
        return new DirectExecutionControl(new SnippetLoader(ShellExecution.class.getClassLoader()));
    }

    /**
     * Defines the classes JShell compiles snippets into. JShell gives a changed snippet a class of a new name
     * (this engine does not redefine classes), so each name is defined once.
     */
    private static final class SnippetLoader implements LoaderDelegate {

        private final Map<String, byte[]> declared = new HashMap<>();
        private final Map<String, Class<?>> loaded = new HashMap<>();
        private final ClassLoader loader;

        SnippetLoader(ClassLoader parent) {
            this.loader = new ClassLoader("jshell-snippets", parent) {
                @Override
                protected Class<?> findClass(String name) throws ClassNotFoundException {
                    byte[] bytes = declared.get(name);
                    if (bytes == null) {
                        throw new ClassNotFoundException(name);
                    }
                    return defineClass(name, bytes, 0, bytes.length);
                }
            };
        }

        @Override
        public void load(ClassBytecodes[] classes) throws ClassInstallException {
            for (ClassBytecodes c : classes) {
                declared.put(c.name(), c.bytecodes());
            }
            boolean[] installed = new boolean[classes.length];
            for (int i = 0; i < classes.length; i++) {
                try {
                    loaded.put(classes[i].name(), loader.loadClass(classes[i].name()));
                    installed[i] = true;
                } catch (ClassNotFoundException | LinkageError e) {
                    throw new ClassInstallException("Could not load " + classes[i].name() + ": " + e, installed);
                }
            }
        }

        @Override
        public void classesRedefined(ClassBytecodes[] classes) {
            for (ClassBytecodes c : classes) {
                declared.put(c.name(), c.bytecodes());
            }
        }

        @Override
        public void addToClasspath(String path) {
            // the parent loader has the application's classes; the compiler gets the path from the tool
        }

        @Override
        public Class<?> findClass(String name) throws ClassNotFoundException {
            Class<?> c = loaded.get(name);
            if (c == null) {
                throw new ClassNotFoundException(name);
            }
            return c;
        }
    }
}
