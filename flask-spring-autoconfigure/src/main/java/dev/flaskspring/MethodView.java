package dev.flaskspring;

import static dev.flaskspring.Globals.request;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A class-based view whose public methods named after HTTP methods ({@code get}, {@code post},
 * {@code propfind} ...) taking {@link ViewArgs} handle those requests; Flask's {@code MethodView}.
 * <p>The accepted methods are the implemented ones unless {@link #methods()} is overridden; a HEAD
 * request goes to {@code get} when there is no {@code head}. Handlers are found once per class.
 */
public abstract class MethodView extends FlaskView {

    private static final Map<Class<?>, Map<String, MethodHandle>> HANDLERS = new ConcurrentHashMap<>();

    private Map<String, MethodHandle> handlers() {
        return HANDLERS.computeIfAbsent(getClass(), MethodView::findHandlers);
    }

    private static Map<String, MethodHandle> findHandlers(Class<?> type) {
        Map<String, MethodHandle> out = new HashMap<>();
        for (Method m : type.getMethods()) {
            if (Modifier.isStatic(m.getModifiers()) || m.getParameterCount() != 1
                    || m.getParameterTypes()[0] != ViewArgs.class || m.getDeclaringClass() == FlaskView.class
                    || m.getDeclaringClass() == MethodView.class || m.getName().equals("dispatchRequest")) {
                continue;
            }
            if (!m.getName().chars().allMatch(Character::isLowerCase)) {
                continue;
            }
            try {
                m.setAccessible(true);
                out.put(m.getName().toUpperCase(Locale.ROOT), MethodHandles.lookup().unreflect(m)
                        .asType(MethodType.methodType(Object.class, Object.class, ViewArgs.class)));
            } catch (IllegalAccessException | RuntimeException e) {
                throw new IllegalStateException("Cannot call " + m, e);
            }
        }
        return out;
    }

    /** The implemented HTTP methods, upper-case; Flask's computed {@code methods}. Override to restrict. */
    @Override
    public Set<String> methods() {
        Set<String> methods = new TreeSet<>(handlers().keySet());
        return methods.isEmpty() ? null : methods;
    }

    /** Calls the handler for the request's method; Flask's {@code MethodView.dispatch_request}. */
    @Override
    public final Object dispatchRequest(ViewArgs args) throws Exception {
        String method = request().method();
        MethodHandle handler = handlers().get(method);
        if (handler == null && method.equals("HEAD")) {
            handler = handlers().get("GET");
        }
        if (handler == null) {
            throw new IllegalStateException("Unimplemented method '" + method + "'");
        }
        try {
            return handler.invoke(this, args);
        } catch (Exception | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }
}
