package dev.flaskspring.jinja;

import com.hubspot.jinjava.interpret.Context;
import com.hubspot.jinjava.lib.fn.MacroFunction;
import com.hubspot.jinjava.objects.SafeString;
import com.hubspot.jinjava.tree.Node;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A macro whose output is safe text, as Jinja's macros return {@code Markup} where autoescape is on: what the macro
 * wrote was escaped as it was written, and {@code {{ macro() }}} must not escape it again.
 */
final class SafeMacroFunction extends MacroFunction {

    SafeMacroFunction(List<Node> content, String name, LinkedHashMap<String, Object> args, boolean caller,
            Context scope, int lineNumber, int startPosition) {
        super(content, name, args, caller, scope, lineNumber, startPosition);
    }

    private SafeMacroFunction(MacroFunction source, String name) {
        super(source, name);
    }

    @Override
    public Object doEvaluate(Map<String, Object> argMap, Map<String, Object> kwargMap, List<Object> varArgs) {
        Object output = super.doEvaluate(argMap, kwargMap, varArgs);
        return output instanceof String text ? new SafeString(text) : output;
    }

    @Override
    public MacroFunction cloneWithNewName(String name) {
        return new SafeMacroFunction(this, name);
    }
}
