package dev.flaskspring.jinja;

import com.hubspot.jinjava.el.ext.AstMacroFunction;
import com.hubspot.jinjava.el.ext.NamedParameter;
import com.hubspot.jinjava.interpret.JinjavaInterpreter;
import com.hubspot.jinjava.lib.fn.MacroFunction;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jinjava.de.odysseus.el.tree.Bindings;
import jinjava.de.odysseus.el.tree.impl.ast.AstParameters;
import jinjava.javax.el.ELContext;

/**
 * A call {@code name(...)}: a callable variable ({@code url_for}, a template global) is called straight away with its
 * positional and keyword arguments; a macro or one of Jinjava's functions is called as Jinjava calls it (through the
 * macro machinery and reflection, which a plain function has no use for).
 */
final class CallExpression extends AstMacroFunction {

    private static final long serialVersionUID = 1L;

    CallExpression(String name, int index, AstParameters params, boolean varargs) {
        super(name, index, params, varargs);
    }

    @Override
    public Object eval(Bindings bindings, ELContext context) {
        JinjavaInterpreter interpreter = JinjavaInterpreter.getCurrent();
        MacroFunction macro = interpreter == null ? null : interpreter.getContext().getGlobalMacro(getName());
        if (!(macro instanceof CallableMacro callable)) {
            return super.eval(bindings, context);
        }
        List<Object> args = new ArrayList<>(getParamCount());
        Map<String, Object> kwargs = new LinkedHashMap<>();
        for (int i = 0; i < getParamCount(); i++) {
            Object arg = getParam(i).eval(bindings, context);
            if (arg instanceof NamedParameter named) {
                kwargs.put(named.getName(), named.getValue());
            } else {
                args.add(arg);
            }
        }
        return callable.doEvaluate(Map.of(), kwargs, args);
    }
}
