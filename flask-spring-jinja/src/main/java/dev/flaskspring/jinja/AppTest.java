package dev.flaskspring.jinja;

import com.hubspot.jinjava.interpret.JinjavaInterpreter;
import com.hubspot.jinjava.lib.exptest.ExpTest;
import dev.flaskspring.TemplateTest;

/** An app's {@link TemplateTest} as a Jinja test: {@code {% if value is name(a) %}} calls {@code test(value, a)}. */
final class AppTest implements ExpTest {

    private final String name;
    private final TemplateTest test;

    AppTest(String name, TemplateTest test) {
        this.name = name;
        this.test = test;
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public boolean evaluate(Object var, JinjavaInterpreter interpreter, Object... args) {
        Object[] java = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            java[i] = PyValues.toJava(args[i]);
        }
        try {
            return test.test(PyValues.toJava(var), java);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new TemplateRuntimeError("The test '" + name + "' failed: " + e, e);
        }
    }
}
