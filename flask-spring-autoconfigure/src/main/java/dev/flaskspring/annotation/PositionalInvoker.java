package dev.flaskspring.annotation;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Calls a method with arguments by position, a trailing varargs parameter collecting the rest: template filters and tests. */
final class PositionalInvoker {

    private final MethodHandle handle;

    PositionalInvoker(Object bean, Method method) {
        try {
            method.setAccessible(true);
            MethodHandle bound = MethodHandles.lookup().unreflect(method).bindTo(bean);
            Class<?>[] types = method.getParameterTypes();
            this.handle = method.isVarArgs() ? bound.asVarargsCollector(types[types.length - 1]) : bound;
        } catch (IllegalAccessException | RuntimeException e) {
            throw new IllegalArgumentException("Cannot call " + method, e);
        }
    }

    /** Calls the method with {@code first} then {@code rest}. */
    Object invoke(Object first, Object... rest) throws Exception {
        List<Object> args = new ArrayList<>(rest.length + 1);
        args.add(first);
        args.addAll(Arrays.asList(rest));
        try {
            return handle.invokeWithArguments(args);
        } catch (Exception | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }
}
