package dev.flaskspring.annotation;

import dev.flaskspring.Flask;
import dev.flaskspring.Globals;
import dev.flaskspring.ViewArgs;
import dev.flaskspring.ctx.G;
import dev.flaskspring.sessions.Session;
import dev.flaskspring.wrappers.Request;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.nio.file.Path;
import java.util.UUID;
import java.util.function.Function;

/**
 * Calls an annotated method with its parameters bound once, at registration: URL variables by name
 * (converted to the parameter's type; an {@code int} or {@code long} as {@link ViewArgs#getInt} converts,
 * a value that does not fit being 404, never truncated), {@link Request}, {@link Session}, {@link G}, {@link Flask} and
 * {@link ViewArgs} by type, and the hook's own arguments (the response, the exception ...) by type.
 * No reflection happens per call: the method is a bound {@link MethodHandle}.
 */
final class MethodInvoker {

    /** Produces one argument from the hook's arguments and the URL variables. */
    @FunctionalInterface
    private interface Source {
        Object get(Object[] hookArgs, ViewArgs viewArgs);
    }

    private final Method method;
    private final MethodHandle handle;
    private final Source[] sources;

    /**
     * An invoker of {@code method} on {@code bean}; {@code hookTypes} are the types of the arguments the
     * hook passes (in order), bound by type; other parameters are injected or read from the URL.
     */
    MethodInvoker(Object bean, Method method, Class<?>... hookTypes) {
        this.method = method;
        try {
            method.setAccessible(true);
            this.handle = MethodHandles.lookup().unreflect(method).bindTo(bean)
                    .asSpreader(Object[].class, method.getParameterCount())
                    .asType(MethodType.methodType(Object.class, Object[].class));
        } catch (IllegalAccessException | RuntimeException e) {
            throw new IllegalArgumentException("Cannot call " + method, e);
        }
        Parameter[] params = method.getParameters();
        this.sources = new Source[params.length];
        for (int i = 0; i < params.length; i++) {
            sources[i] = source(params[i], hookTypes);
        }
    }

    private Source source(Parameter p, Class<?>[] hookTypes) {
        Class<?> type = p.getType();
        for (int h = 0; h < hookTypes.length; h++) {
            if (type.isAssignableFrom(hookTypes[h]) || hookTypes[h].isAssignableFrom(type)) {
                int index = h;
                return (hookArgs, viewArgs) -> hookArgs[index];
            }
        }
        if (type == Request.class) {
            return (h, v) -> Globals.request();
        }
        if (type == Session.class) {
            return (h, v) -> Globals.session();
        }
        if (type == G.class) {
            return (h, v) -> Globals.g();
        }
        if (type == Flask.class) {
            return (h, v) -> Globals.currentApp();
        }
        if (type == ViewArgs.class) {
            return (h, v) -> v;
        }
        if (!p.isNamePresent()) {
            throw new IllegalArgumentException("Cannot bind parameter " + p + " of " + method
                    + ": compile with -parameters so URL variables can be bound by name.");
        }
        String name = p.getName();
        if (type == int.class || type == Integer.class) {
            return (h, v) -> v == null || v.get(name) == null ? null : v.getInt(name);
        }
        if (type == long.class || type == Long.class) {
            return (h, v) -> v == null || v.get(name) == null ? null : v.getLong(name);
        }
        Function<Object, Object> convert = converter(type);
        return (h, v) -> {
            Object value = v == null ? null : v.get(name);
            return value == null ? null : convert.apply(value);
        };
    }

    private static Function<Object, Object> converter(Class<?> type) {
        if (type == double.class || type == Double.class) {
            return v -> v instanceof Number n ? n.doubleValue() : Double.parseDouble(v.toString());
        }
        if (type == String.class) {
            return Object::toString;
        }
        if (type == UUID.class) {
            return v -> v instanceof UUID u ? u : UUID.fromString(v.toString());
        }
        if (type == Path.class) {
            return v -> Path.of(v.toString());
        }
        return v -> v;
    }

    /** Calls the method with the hook's arguments and the URL variables. */
    Object invoke(ViewArgs viewArgs, Object... hookArgs) throws Exception {
        Object[] args = new Object[sources.length];
        for (int i = 0; i < sources.length; i++) {
            args[i] = sources[i].get(hookArgs, viewArgs);
        }
        try {
            return handle.invokeExact(args);
        } catch (Exception | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    @Override
    public String toString() {
        return method.toString();
    }
}
