package dev.flaskspring.jinja;

import dev.flaskspring.TemplateFilter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Calls a Java value from a template as Jinja calls a Python callable: a {@link PyCallable}, or a template
 * global that is a {@link TemplateFilter} (all the arguments), a {@link Function} (one), a {@link Supplier} or a
 * {@link Callable} (none). Keyword arguments reach a {@code TemplateFilter} as a last {@code Map} argument.
 */
final class Callables {

    private Callables() {
    }

    static boolean isCallable(Object value) {
        return value instanceof PyCallable || value instanceof TemplateFilter
                || value instanceof Function || value instanceof Supplier || value instanceof Callable;
    }

    /** Calls {@code target} (called {@code name} in the template) with template values as arguments. */
    static Object call(String name, Object target, List<Object> args, Map<String, Object> kwargs) {
        if (target instanceof PyCallable callable) {
            return callable.call(args, kwargs);
        }
        try {
            return PyValues.fromJava(callJava(name, target, args, kwargs));
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new TemplateRuntimeError("Calling " + name + "() failed: " + e, e);
        }
    }

    private static Object callJava(String name, Object target, List<Object> args, Map<String, Object> kwargs)
            throws Exception {
        List<Object> java = new ArrayList<>(args.size() + 1);
        args.forEach(a -> java.add(PyValues.toJava(a)));
        if (target instanceof TemplateFilter filter) {
            if (!kwargs.isEmpty()) {
                Map<String, Object> named = new LinkedHashMap<>();
                kwargs.forEach((k, v) -> named.put(k, PyValues.toJava(v)));
                java.add(named);
            }
            Object first = java.isEmpty() ? null : java.get(0);
            Object[] rest = java.isEmpty() ? new Object[0] : java.subList(1, java.size()).toArray();
            return filter.apply(first, rest);
        }
        int wanted = target instanceof Function ? 1 : 0;
        if (java.size() != wanted || !kwargs.isEmpty()) {
            throw new TemplateRuntimeError(name + "() takes " + (wanted == 1 ? "1 positional argument" : "no arguments")
                    + " but " + (java.size() + kwargs.size()) + " were given", null);
        }
        if (target instanceof Function<?, ?> function) {
            @SuppressWarnings("unchecked")
            Function<Object, Object> f = (Function<Object, Object>) function;
            return f.apply(java.get(0));
        }
        if (target instanceof Supplier<?> supplier) {
            return supplier.get();
        }
        return ((Callable<?>) target).call();
    }
}
