package dev.flaskspring.jinja;

import com.hubspot.jinjava.interpret.JinjavaInterpreter;
import com.hubspot.jinjava.lib.exptest.ExpTest;

/** Jinja's {@code is none}: true for None ({@link PyNone}), false for an undefined name. */
final class NoneTest implements ExpTest {

    @Override
    public String getName() {
        return "none";
    }

    @Override
    public boolean evaluate(Object var, JinjavaInterpreter interpreter, Object... args) {
        return var == PyNone.INSTANCE;
    }
}
