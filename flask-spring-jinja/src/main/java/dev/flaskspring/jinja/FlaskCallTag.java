package dev.flaskspring.jinja;

import com.hubspot.jinjava.interpret.JinjavaInterpreter;
import com.hubspot.jinjava.interpret.JinjavaInterpreter.InterpreterScopeClosable;
import com.hubspot.jinjava.interpret.TemplateSyntaxException;
import com.hubspot.jinjava.lib.tag.CallTag;
import com.hubspot.jinjava.tree.TagNode;
import java.util.LinkedHashMap;

/**
 * {@code {% call macro() %}...{% endcall %}} and {@code {% call(item) macro() %}}: {@code caller()} returns safe text,
 * as Jinja's, and takes the arguments the call declares.
 */
final class FlaskCallTag extends CallTag {

    private static final long serialVersionUID = 1L;

    @Override
    public String interpret(TagNode tagNode, JinjavaInterpreter interpreter) {
        String helpers = tagNode.getHelpers().trim();
        LinkedHashMap<String, Object> parameters = new LinkedHashMap<>();
        if (helpers.startsWith("(")) {
            int close = helpers.indexOf(')');
            if (close < 0) {
                throw new TemplateSyntaxException(tagNode.getMaster().getImage(), "Unclosed caller arguments",
                        tagNode.getLineNumber(), tagNode.getStartPosition());
            }
            for (String parameter : helpers.substring(1, close).split(",")) {
                int eq = parameter.indexOf('=');
                if (!parameter.isBlank()) {
                    parameters.put((eq < 0 ? parameter : parameter.substring(0, eq)).trim(),
                            eq < 0 ? null : interpreter.resolveELExpression(parameter.substring(eq + 1),
                                    tagNode.getLineNumber()));
                }
            }
            helpers = helpers.substring(close + 1).trim();
        }
        try (InterpreterScopeClosable scope = interpreter.enterNonStackingScope()) {
            interpreter.getContext().addGlobalMacro(new SafeMacroFunction(tagNode.getChildren(), "caller", parameters,
                    true, interpreter.getContext(), interpreter.getLineNumber(), interpreter.getPosition()));
            return interpreter.render("{{" + helpers + "}}");
        }
    }
}
