package dev.flaskspring.jinja;

import com.hubspot.jinjava.interpret.JinjavaInterpreter;
import com.hubspot.jinjava.interpret.JinjavaInterpreter.InterpreterScopeClosable;
import com.hubspot.jinjava.lib.tag.CallTag;
import com.hubspot.jinjava.tree.TagNode;
import java.util.LinkedHashMap;

/** {@code {% call macro() %}...{% endcall %}}, whose {@code caller()} returns safe text, as Jinja's. */
final class FlaskCallTag extends CallTag {

    private static final long serialVersionUID = 1L;

    @Override
    public String interpret(TagNode tagNode, JinjavaInterpreter interpreter) {
        try (InterpreterScopeClosable scope = interpreter.enterNonStackingScope()) {
            interpreter.getContext().addGlobalMacro(new SafeMacroFunction(tagNode.getChildren(), "caller",
                    new LinkedHashMap<>(), true, interpreter.getContext(), interpreter.getLineNumber(),
                    interpreter.getPosition()));
            return interpreter.render("{{" + tagNode.getHelpers().trim() + "}}");
        }
    }
}
