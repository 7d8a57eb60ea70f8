package dev.flaskspring.jinja;

import com.hubspot.jinjava.interpret.JinjavaInterpreter;
import com.hubspot.jinjava.lib.filter.Filter;
import dev.flaskspring.TemplateFilter;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An app's {@link TemplateFilter} as a Jinja filter: {@code {{ value|name(a, b) }}} calls {@code apply(value, a, b)},
 * keyword arguments arriving as a last {@code Map} argument; {@code Markup} in and out.
 */
final class AppFilter implements Filter {

    private final String name;
    private final TemplateFilter filter;

    AppFilter(String name, TemplateFilter filter) {
        this.name = name;
        this.filter = filter;
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
        Object[] java = new Object[args.length + (kwargs.isEmpty() ? 0 : 1)];
        for (int i = 0; i < args.length; i++) {
            java[i] = PyValues.toJava(args[i]);
        }
        if (!kwargs.isEmpty()) {
            Map<String, Object> named = new LinkedHashMap<>();
            kwargs.forEach((k, v) -> named.put(k, PyValues.toJava(v)));
            java[args.length] = named;
        }
        try {
            return PyValues.fromJava(filter.apply(PyValues.toJava(var), java));
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new TemplateRuntimeError("The filter '" + name + "' failed: " + e, e);
        }
    }
}
