package dev.flaskspring.jinja;

import com.hubspot.jinjava.interpret.JinjavaInterpreter;
import com.hubspot.jinjava.interpret.JinjavaInterpreter.InterpreterScopeClosable;
import com.hubspot.jinjava.lib.tag.Tag;
import com.hubspot.jinjava.objects.SafeString;
import com.hubspot.jinjava.tree.Node;
import com.hubspot.jinjava.tree.TagNode;

/**
 * Jinja's {@code {% filter upper %}...{% endfilter %}}: the block's output (safe text where autoescape is on, as it
 * was escaped while rendering) through the filters. Jinjava has no filter block.
 */
final class FilterBlockTag implements Tag {

    private static final long serialVersionUID = 1L;
    private static final String BODY = "__filter_block_body__";

    @Override
    public String getName() {
        return "filter";
    }

    @Override
    public String interpret(TagNode tagNode, JinjavaInterpreter interpreter) {
        StringBuilder body = new StringBuilder();
        for (Node child : tagNode.getChildren()) {
            body.append(child.render(interpreter).getValue());
        }
        boolean escape = interpreter.getContext().isAutoEscape();
        try (InterpreterScopeClosable scope = interpreter.enterScope()) {
            interpreter.getContext().put(BODY, escape ? new SafeString(body.toString()) : body.toString());
            Object filtered = interpreter.resolveELExpression(BODY + "|" + tagNode.getHelpers().trim(),
                    tagNode.getLineNumber());
            return PyStr.output(filtered, escape);
        }
    }
}
