package dev.flaskspring.cli;

import java.lang.reflect.Modifier;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import javax.lang.model.SourceVersion;

/**
 * The live objects of each shell session, by name, for its snippets to declare as variables; how the names of
 * Flask's {@code make_shell_context} reach JShell. Public because snippets call {@link #value}.
 */
public final class ShellBindings {

    private static final AtomicLong SESSIONS = new AtomicLong();
    private static final Map<Long, Map<String, Object>> VALUES = new ConcurrentHashMap<>();

    private final long session;
    private final Map<String, Object> names;

    private ShellBindings(long session, Map<String, Object> names) {
        this.session = session;
        this.names = names;
    }

    /** Makes {@code names} available to a new session's snippets until {@link #close}. */
    static ShellBindings open(Map<String, Object> names) {
        ShellBindings bindings = new ShellBindings(SESSIONS.incrementAndGet(), new HashMap<>(names));
        VALUES.put(bindings.session, bindings.names);
        return bindings;
    }

    /** The object bound to {@code name} in {@code session}; what the declarations of {@link #snippets} call. */
    public static Object value(long session, String name) {
        return VALUES.get(session).get(name);
    }

    /** The names that cannot be Java variables ({@code db-session}, {@code class}), which are not bound. */
    List<String> unboundNames() {
        return names.keySet().stream().filter(name -> !SourceVersion.isName(name)).sorted().toList();
    }

    /** One JShell declaration per bound name: {@code dev.flaskspring.Flask app = (...) ShellBindings.value(...);}. */
    String snippets() {
        StringBuilder snippets = new StringBuilder();
        names.forEach((name, value) -> {
            if (SourceVersion.isName(name)) {
                String type = typeName(value);
                snippets.append(type).append(' ').append(name).append(" = (").append(type).append(") ")
                        .append(ShellBindings.class.getName()).append(".value(").append(session).append("L, \"")
                        .append(name).append("\");\n");
            }
        });
        return snippets.toString();
    }

    /** Forgets the session's objects. */
    void close() {
        VALUES.remove(session);
    }

    /** The most precise type a snippet can name for {@code value}: its class or a public superclass. */
    static String typeName(Object value) {
        for (Class<?> known : List.of(Map.class, List.class, Set.class)) {
            if (known.isInstance(value) && !nameable(value.getClass())) {
                return known.getName();
            }
        }
        Class<?> type = value == null ? Object.class : value.getClass();
        while (!nameable(type)) {
            type = type.getSuperclass();
        }
        return type.getCanonicalName();
    }

    private static boolean nameable(Class<?> type) {
        if (type.getCanonicalName() == null || !type.getModule().isExported(type.getPackageName())) {
            return false;
        }
        for (Class<?> c = type; c != null; c = c.getEnclosingClass()) {
            if (!Modifier.isPublic(c.getModifiers())) {
                return false;
            }
        }
        return true;
    }
}
