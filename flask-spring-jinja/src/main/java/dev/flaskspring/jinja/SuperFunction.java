package dev.flaskspring.jinja;

import com.hubspot.jinjava.interpret.JinjavaInterpreter;
import com.hubspot.jinjava.interpret.JinjavaInterpreter.InterpreterScopeClosable;
import com.hubspot.jinjava.objects.SafeString;
import com.hubspot.jinjava.tree.Node;
import java.util.List;

/**
 * Jinja's {@code super()}: the parent template's version of the current block, as safe text (it was escaped as it
 * rendered), and inside it {@code super()} again reaches the grandparent's. Jinjava's returns plain text, which
 * autoescape would escape a second time, and goes one level up only.
 */
final class SuperFunction {

    private SuperFunction() {
    }

    /** Renders the parent block; what {@code {{ super() }}} calls. */
    public static SafeString render() {
        JinjavaInterpreter interpreter = JinjavaInterpreter.getCurrent();
        List<? extends Node> parent = interpreter.getContext().getSuperBlock();
        if (parent == null || parent.isEmpty()) {
            throw new TemplateRuntimeError("super() is only available in a block that a parent template defines too",
                    null);
        }
        List<? extends Node> grandparent = interpreter instanceof FlaskInterpreter flask ? flask.blockAfter(parent)
                : List.of();
        StringBuilder out = new StringBuilder();
        try (InterpreterScopeClosable scope = interpreter.enterScope()) {
            interpreter.getContext().setSuperBlock(grandparent);
            for (Node node : parent) {
                out.append(node.render(interpreter).getValue());
            }
        }
        return new SafeString(out.toString());
    }
}
