package dev.flaskspring.jinja;

import com.hubspot.jinjava.interpret.JinjavaInterpreter;
import com.hubspot.jinjava.lib.tag.SetTag;
import com.hubspot.jinjava.objects.SafeString;
import com.hubspot.jinjava.tree.Node;
import com.hubspot.jinjava.tree.TagNode;

/**
 * {@code {% set %}}, with Jinja's block form {@code {% set name %}...{% endset %}} capturing safe text where
 * autoescape is on (what it captured was escaped as it rendered), as Jinja captures {@code Markup}.
 */
final class FlaskSetTag extends SetTag {

    private static final long serialVersionUID = 1L;

    @Override
    public String interpret(TagNode tagNode, JinjavaInterpreter interpreter) {
        String helpers = tagNode.getHelpers().trim();
        if (helpers.contains("=") || helpers.contains("|") || !interpreter.getContext().isAutoEscape()) {
            return super.interpret(tagNode, interpreter);
        }
        StringBuilder body = new StringBuilder();
        for (Node child : tagNode.getChildren()) {
            body.append(child.render(interpreter).getValue());
        }
        interpreter.getContext().put(helpers, new SafeString(body.toString()));
        return "";
    }
}
