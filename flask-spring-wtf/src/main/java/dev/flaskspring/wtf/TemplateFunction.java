package dev.flaskspring.wtf;

import java.util.concurrent.Callable;
import java.util.function.Supplier;

/**
 * A template global that templates call: {@code {{ csrf_token() }}} in Jinja, which calls a
 * {@link Supplier}, and {@code {{csrf_token}}} in Mustache, which calls a {@link Callable}; the
 * function Flask-WTF puts in {@code app.jinja_env.globals}.
 */
final class TemplateFunction<T> implements Supplier<T>, Callable<T> {

    private final String name;
    private final Supplier<T> function;

    TemplateFunction(String name, Supplier<T> function) {
        this.name = name;
        this.function = function;
    }

    @Override
    public T get() {
        return function.get();
    }

    @Override
    public T call() {
        return function.get();
    }

    @Override
    public String toString() {
        return "<function " + name + ">";
    }
}
