package dev.flaskspring.jinja;

import com.hubspot.jinjava.interpret.JinjavaInterpreter;
import com.hubspot.jinjava.lib.expression.ExpressionStrategy;
import com.hubspot.jinjava.tree.output.RenderedOutputNode;
import com.hubspot.jinjava.tree.parse.ExpressionToken;

/**
 * Writes {{ ... }} as Jinja with Flask's settings does: the value as Python's {@code str}, escaped with markupsafe's
 * rules where autoescape is on, safe text ({@code Markup}, {@code |safe}, macro output) as it is, undefined as nothing.
 * Never renders a value as a template again (Jinjava's "nested interpretation" is off).
 */
final class OutputStrategy implements ExpressionStrategy {

    static final OutputStrategy INSTANCE = new OutputStrategy();

    private static final long serialVersionUID = 1L;

    @Override
    public RenderedOutputNode interpretOutput(ExpressionToken master, JinjavaInterpreter interpreter) {
        Object value = interpreter.resolveELExpression(master.getExpr(), master.getLineNumber());
        return new RenderedOutputNode(PyStr.output(value, interpreter.getContext().isAutoEscape()));
    }
}
