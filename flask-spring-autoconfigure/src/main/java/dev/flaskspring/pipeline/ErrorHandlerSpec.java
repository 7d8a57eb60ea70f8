package dev.flaskspring.pipeline;

import dev.flaskspring.ErrorHandler;
import dev.flaskspring.exceptions.Aborter;
import dev.flaskspring.exceptions.HTTPException;
import java.lang.reflect.Constructor;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Error handlers by scope, status code and exception class; Flask's {@code error_handler_spec}.
 * <p>Lookup order is Flask's: for the exception's code then no code, for each scope innermost first,
 * the nearest class in the exception's hierarchy.
 */
public final class ErrorHandlerSpec {

    /** One registration: the class handled and, for HTTP errors, its code (null otherwise). */
    public record Key(Integer code, Class<? extends Throwable> type) {
    }

    private final Map<String, Map<Integer, Map<Class<?>, ErrorHandler<?>>>> spec = new HashMap<>();

    public void register(String scope, Key key, ErrorHandler<?> handler) {
        spec.computeIfAbsent(scope, s -> new HashMap<>())
                .computeIfAbsent(key.code(), c -> new HashMap<>())
                .put(key.type(), handler);
    }

    public void forEach(BiConsumer<String, Map<Integer, Map<Class<?>, ErrorHandler<?>>>> action) {
        spec.forEach(action);
    }

    public boolean isEmpty() {
        return spec.isEmpty();
    }

    /** The key for a status code: the standard exception class of that code. */
    public static Key keyFor(int code) {
        if (!Aborter.hasCode(code)) {
            throw new IllegalArgumentException("'" + code + "' is not a recognized HTTP error code. Use a subclass of"
                    + " HTTPException with that code instead.");
        }
        return new Key(code, Aborter.forCode(code, null).getClass());
    }

    /**
     * The key for a class: an {@link HTTPException} class also gets its code, as Werkzeug's class attribute
     * {@code code}: that of an instance made without arguments or, for a class that cannot be made so (a
     * local class, one whose constructors take arguments), of its nearest superclass that can, whose
     * constructors fix the code the class inherits.
     */
    public static Key keyFor(Class<? extends Throwable> type) {
        for (Class<?> c = type; HTTPException.class.isAssignableFrom(c); c = c.getSuperclass()) {
            try {
                Constructor<?> constructor = c.getDeclaredConstructor();
                constructor.trySetAccessible();
                HTTPException sample = (HTTPException) constructor.newInstance();
                return new Key(sample.code() > 0 ? sample.code() : null, type);
            } catch (ReflectiveOperationException | RuntimeException e) {
                // No instance without arguments: the superclass decides the code.
            }
        }
        return new Key(null, type);
    }

    /** The handler for {@code error} in the given scopes (innermost first, then the app's), or null. */
    public ErrorHandler<?> find(Throwable error, List<String> blueprints) {
        if (spec.isEmpty()) {
            return null;
        }
        Integer code = error instanceof HTTPException h && h.code() > 0 ? h.code() : null;
        if (code != null) {
            ErrorHandler<?> h = findFor(code, error, blueprints);
            if (h != null) {
                return h;
            }
        }
        return findFor(null, error, blueprints);
    }

    private ErrorHandler<?> findFor(Integer code, Throwable error, List<String> blueprints) {
        for (int i = 0; i <= blueprints.size(); i++) {
            String scope = i < blueprints.size() ? blueprints.get(i) : null;
            Map<Integer, Map<Class<?>, ErrorHandler<?>>> byCode = spec.get(scope);
            if (byCode == null) {
                continue;
            }
            Map<Class<?>, ErrorHandler<?>> byClass = byCode.get(code);
            if (byClass == null || byClass.isEmpty()) {
                continue;
            }
            for (Class<?> c = error.getClass(); c != null; c = c.getSuperclass()) {
                ErrorHandler<?> h = byClass.get(c);
                if (h != null) {
                    return h;
                }
            }
        }
        return null;
    }
}
