package dev.flaskspring.jinja;

import com.hubspot.jinjava.interpret.JinjavaInterpreter;
import com.hubspot.jinjava.lib.fn.MacroFunction;
import com.hubspot.jinjava.lib.tag.MacroTag;
import com.hubspot.jinjava.tree.TagNode;
import java.util.LinkedHashMap;

/** {@code {% macro %}}, defining macros whose output is safe text, as Jinja's. */
final class FlaskMacroTag extends MacroTag {

    private static final long serialVersionUID = 1L;

    @Override
    protected MacroFunction constructMacroFunction(TagNode tagNode, JinjavaInterpreter interpreter, String name,
            LinkedHashMap<String, Object> args) {
        return new SafeMacroFunction(tagNode.getChildren(), name, args, false, interpreter.getContext(),
                interpreter.getLineNumber(), interpreter.getPosition());
    }
}
