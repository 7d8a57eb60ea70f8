package dev.flaskspring.jinja;

import com.hubspot.jinjava.interpret.Context;
import com.hubspot.jinjava.lib.fn.MacroFunction;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A callable variable ({@code url_for}, a template global, a context processor's function) dressed as a macro, the
 * one kind of name Jinjava lets {@code name(...)} call; Jinja calls whatever a name holds.
 */
final class CallableMacro extends MacroFunction {

    private final Object target;

    CallableMacro(String name, Object target, Context scope) {
        super(List.of(), name, new LinkedHashMap<>(), false, scope, 0, 0);
        this.target = target;
    }

    /** Whether this calls {@code value}. */
    boolean calls(Object value) {
        return target == value;
    }

    @Override
    public Object doEvaluate(Map<String, Object> argMap, Map<String, Object> kwargMap, List<Object> varArgs) {
        return Callables.call(getName(), target, varArgs, kwargMap);
    }
}
