package dev.flaskspring.jinja;

import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads {@code obj.name} on a Java object as a Python attribute: a record component or accessor {@code name()}, a
 * bean getter {@code getName()} / {@code isName()}, or a public field; a snake_case name also finds the camelCase
 * member ({@code user.is_authenticated} → {@code isAuthenticated()}). Lookups are resolved once per class and name.
 */
final class Attributes {

    private static final ClassValue<Map<String, Optional<Accessor>>> BY_CLASS = new ClassValue<>() {
        @Override
        protected Map<String, Optional<Accessor>> computeValue(Class<?> type) {
            return new ConcurrentHashMap<>();
        }
    };

    private Attributes() {
    }

    /** How one attribute is read. */
    @FunctionalInterface
    interface Accessor {
        Object read(Object target) throws ReflectiveOperationException;
    }

    /** The attribute {@code name} of {@code target}, if the object has one. */
    static Optional<Accessor> find(Class<?> type, String name) {
        return BY_CLASS.get(type).computeIfAbsent(name, n -> lookup(type, n));
    }

    /** Reads the attribute {@code name} of {@code target}; the object's own exceptions propagate. */
    static Object read(Accessor accessor, Object target) {
        try {
            return accessor.read(target);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            throw new TemplateRuntimeError("Reading an attribute failed: " + cause, cause);
        } catch (ReflectiveOperationException e) {
            throw new TemplateRuntimeError("Cannot read an attribute: " + e, e);
        }
    }

    private static Optional<Accessor> lookup(Class<?> type, String name) {
        Optional<Accessor> exact = member(type, name);
        if (exact.isPresent() || name.indexOf('_') < 0) {
            return exact;
        }
        return member(type, camelCase(name));
    }

    private static Optional<Accessor> member(Class<?> type, String name) {
        String capitalized = name.isEmpty() ? name : Character.toUpperCase(name.charAt(0)) + name.substring(1);
        for (String candidate : new String[] {name, "get" + capitalized, "is" + capitalized}) {
            Method method = publicMethod(type, candidate);
            if (method != null) {
                return Optional.of(method::invoke);
            }
        }
        try {
            Field field = type.getField(name);
            if (!Modifier.isStatic(field.getModifiers()) && isPublic(field.getDeclaringClass())) {
                return Optional.of(field::get);
            }
        } catch (NoSuchFieldException e) {
            // No such field: the attribute is undefined.
        }
        return Optional.empty();
    }

    /** A public no-argument method returning a value, callable from here. */
    private static Method publicMethod(Class<?> type, String name) {
        Method method;
        try {
            method = type.getMethod(name);
        } catch (NoSuchMethodException e) {
            return null;
        }
        if (method.getReturnType() == void.class || Modifier.isStatic(method.getModifiers())
                || method.getDeclaringClass() == Object.class || name.equals("getClass")) {
            return null;
        }
        if (isPublic(method.getDeclaringClass())) {
            return method;
        }
        Method declared = publicDeclaration(type, name);
        if (declared != null) {
            return declared;
        }
        return method.trySetAccessible() ? method : null;
    }

    /** The method {@code name()} as a public supertype declares it, or null. */
    private static Method publicDeclaration(Class<?> type, String name) {
        if (type == null) {
            return null;
        }
        if (isPublic(type)) {
            try {
                return type.getMethod(name);
            } catch (NoSuchMethodException e) {
                return null;
            }
        }
        for (Class<?> i : type.getInterfaces()) {
            Method found = publicDeclaration(i, name);
            if (found != null) {
                return found;
            }
        }
        return publicDeclaration(type.getSuperclass(), name);
    }

    private static boolean isPublic(Class<?> type) {
        for (Class<?> c = type; c != null; c = c.getEnclosingClass()) {
            if (!Modifier.isPublic(c.getModifiers())) {
                return false;
            }
        }
        return true;
    }

    /** {@code is_authenticated} → {@code isAuthenticated}. */
    static String camelCase(String snake) {
        StringBuilder out = new StringBuilder(snake.length());
        boolean upper = false;
        for (int i = 0; i < snake.length(); i++) {
            char c = snake.charAt(i);
            if (c == '_' && out.length() > 0) {
                upper = true;
            } else {
                out.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return out.toString();
    }
}
