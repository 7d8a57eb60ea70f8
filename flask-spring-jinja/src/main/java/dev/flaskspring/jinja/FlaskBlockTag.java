package dev.flaskspring.jinja;

import com.hubspot.jinjava.interpret.JinjavaInterpreter;
import com.hubspot.jinjava.lib.tag.BlockTag;
import com.hubspot.jinjava.tree.Node;
import com.hubspot.jinjava.tree.TagNode;
import com.hubspot.jinjava.tree.output.BlockInfo;
import com.hubspot.jinjava.tree.output.OutputNode;
import com.hubspot.jinjava.util.HelperStringTokenizer;
import com.hubspot.jinjava.util.WhitespaceUtils;

/**
 * {@code {% block %}} as Jinja has it: a template's blocks nested in other blocks count as the template's own, so a
 * child's {@code {% block title %}} inside its {@code {% block header %}} fills the parent's {@code title} block
 * wherever the parent puts it (flaskr's templates do this). Jinjava alone only sees the outermost blocks of a child.
 */
final class FlaskBlockTag extends BlockTag {

    private static final long serialVersionUID = 1L;

    @Override
    public OutputNode interpretOutput(TagNode tagNode, JinjavaInterpreter interpreter) {
        if (interpreter.getCurrentBlock() == null) {
            registerNested(tagNode, interpreter);
        }
        return super.interpretOutput(tagNode, interpreter);
    }

    private static void registerNested(Node parent, JinjavaInterpreter interpreter) {
        for (Node child : parent.getChildren()) {
            if (child instanceof TagNode tag && tag.getTag() instanceof BlockTag) {
                HelperStringTokenizer helpers = new HelperStringTokenizer(tag.getHelpers());
                if (helpers.hasNext()) {
                    interpreter.addBlock(WhitespaceUtils.unquoteAndUnescape(helpers.next()), new BlockInfo(
                            tag.getChildren(), interpreter.getContext().getCurrentPathStack().peek(),
                            interpreter.getContext().getCurrentPathStack().getTopLineNumber(),
                            interpreter.getContext().getCurrentPathStack().getTopStartPosition()));
                }
            }
            registerNested(child, interpreter);
        }
    }
}
