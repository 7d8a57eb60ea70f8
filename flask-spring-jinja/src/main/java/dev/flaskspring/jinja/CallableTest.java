package dev.flaskspring.jinja;

import com.hubspot.jinjava.el.ext.AbstractCallableMethod;
import com.hubspot.jinjava.interpret.JinjavaInterpreter;
import com.hubspot.jinjava.lib.exptest.ExpTest;

/** Jinja's {@code is callable}: a macro, a callable template global; an undefined name too, as Jinja's is. */
final class CallableTest implements ExpTest {

    @Override
    public String getName() {
        return "callable";
    }

    @Override
    public boolean evaluate(Object var, JinjavaInterpreter interpreter, Object... args) {
        return var == null || var instanceof AbstractCallableMethod || Callables.isCallable(var);
    }
}
