package dev.flaskspring.wrappers;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;

/**
 * Makes an app's responses, of {@link Response} or the subclass the app names; Flask's {@code app.response_class}.
 * <p>A subclass needs a public {@code (Object body, int status)} constructor.
 * {@code makeResponse}, {@code jsonify}, {@code redirect} and view return values are made with it.
 */
public final class ResponseClass {

    /** Flask's default, {@link Response} itself. */
    public static final ResponseClass DEFAULT = new ResponseClass(Response.class, null);

    private final Class<? extends Response> type;
    private final Constructor<? extends Response> withStatus;

    private ResponseClass(Class<? extends Response> type, Constructor<? extends Response> withStatus) {
        this.type = type;
        this.withStatus = withStatus;
    }

    /**
     * The response class {@code type}.
     *
     * @throws IllegalArgumentException when {@code type} is abstract or has no public {@code (Object, int)} constructor
     */
    public static ResponseClass of(Class<? extends Response> type) {
        if (type == Response.class) {
            return DEFAULT;
        }
        if (Modifier.isAbstract(type.getModifiers())) {
            throw new IllegalArgumentException("The response class " + type.getName() + " is abstract.");
        }
        try {
            Constructor<? extends Response> withStatus = type.getConstructor(Object.class, int.class);
            withStatus.setAccessible(true);
            return new ResponseClass(type, withStatus);
        } catch (NoSuchMethodException e) {
            throw new IllegalArgumentException("The response class " + type.getName()
                    + " needs a public (Object body, int status) constructor.", e);
        }
    }

    /** The class. */
    public Class<? extends Response> type() {
        return type;
    }

    /** A 200 response of this class with {@code body}; Flask's {@code app.response_class(body)}. */
    public Response create(Object body) {
        return create(body, 200);
    }

    /** A response of this class with {@code body} and {@code status}; Flask's {@code app.response_class(body, status)}. */
    public Response create(Object body, int status) {
        if (withStatus == null) {
            return new Response(body, status);
        }
        try {
            return withStatus.newInstance(body, status);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Could not make a " + type.getName(), e);
        }
    }

    /** A 200 response of this class with {@code body} typed {@code mimetype}; Werkzeug's {@code mimetype=} argument. */
    public Response create(Object body, String mimetype) {
        Response response = create(body, 200);
        response.setMimetype(mimetype);
        return response;
    }
}
