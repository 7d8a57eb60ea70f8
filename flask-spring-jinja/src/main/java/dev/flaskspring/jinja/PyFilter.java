package dev.flaskspring.jinja;

import com.hubspot.jinjava.interpret.JinjavaInterpreter;
import com.hubspot.jinjava.lib.filter.Filter;
import java.util.Map;

/** A Jinja filter written as Jinja's Python one: the value and its arguments bound by name ({@link FilterArgs}). */
final class PyFilter implements Filter {

    /** The body of a filter. */
    @FunctionalInterface
    interface Body {
        Object apply(Object value, FilterArgs args);
    }

    private final String name;
    private final String[] parameters;
    private final Body body;

    PyFilter(String name, Body body, String... parameters) {
        this.name = name;
        this.parameters = parameters;
        this.body = body;
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public Object filter(Object var, JinjavaInterpreter interpreter, String... args) {
        return filter(var, interpreter, args, Map.of());
    }

    @Override
    public Object filter(Object var, JinjavaInterpreter interpreter, Object[] args, Map<String, Object> kwargs) {
        return body.apply(var, new FilterArgs(args, kwargs, parameters));
    }
}
