package dev.flaskspring.wrappers;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;

/**
 * Makes an app's requests, of {@link Request} or the subclass the app names; Flask's {@code app.request_class}.
 * <p>A subclass needs a public no-argument constructor: the app makes one per request and binds it to the
 * servlet request before any hook runs.
 */
public final class RequestClass {

    /** Flask's default, {@link Request} itself. */
    public static final RequestClass DEFAULT = new RequestClass(Request.class, null);

    private final Class<? extends Request> type;
    private final Constructor<? extends Request> constructor;

    private RequestClass(Class<? extends Request> type, Constructor<? extends Request> constructor) {
        this.type = type;
        this.constructor = constructor;
    }

    /**
     * The request class {@code type}.
     *
     * @throws IllegalArgumentException when {@code type} is abstract or has no public no-argument constructor
     */
    public static RequestClass of(Class<? extends Request> type) {
        if (type == Request.class) {
            return DEFAULT;
        }
        if (Modifier.isAbstract(type.getModifiers())) {
            throw new IllegalArgumentException("The request class " + type.getName() + " is abstract.");
        }
        try {
            Constructor<? extends Request> constructor = type.getConstructor();
            constructor.setAccessible(true);
            return new RequestClass(type, constructor);
        } catch (NoSuchMethodException e) {
            throw new IllegalArgumentException("The request class " + type.getName()
                    + " needs a public no-argument constructor.", e);
        }
    }

    /** The class. */
    public Class<? extends Request> type() {
        return type;
    }

    /** A request of this class for {@code servlet}, reading limits and JSON from {@code settings}. */
    public Request create(HttpServletRequest servlet, Request.Settings settings) {
        if (constructor == null) {
            return new Request(servlet, settings);
        }
        Request request;
        try {
            request = constructor.newInstance();
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Could not make a " + type.getName(), e);
        }
        request.bind(servlet, settings);
        return request;
    }
}
