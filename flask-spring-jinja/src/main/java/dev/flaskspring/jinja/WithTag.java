package dev.flaskspring.jinja;

import com.hubspot.jinjava.interpret.JinjavaInterpreter;
import com.hubspot.jinjava.interpret.JinjavaInterpreter.InterpreterScopeClosable;
import com.hubspot.jinjava.interpret.TemplateSyntaxException;
import com.hubspot.jinjava.lib.tag.Tag;
import com.hubspot.jinjava.tree.Node;
import com.hubspot.jinjava.tree.TagNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Jinja's {@code {% with a = 1, b = x %}...{% endwith %}}: an inner scope, its variables set from expressions read in
 * the outer one; {@code {% set %}} inside it stays inside. Jinjava has no {@code with}.
 */
final class WithTag implements Tag {

    private static final long serialVersionUID = 1L;

    @Override
    public String getName() {
        return "with";
    }

    @Override
    public String interpret(TagNode tagNode, JinjavaInterpreter interpreter) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (String assignment : topLevelCommas(tagNode.getHelpers())) {
            int eq = assignment.indexOf('=');
            if (assignment.isBlank()) {
                continue;
            }
            if (eq <= 0) {
                throw new TemplateSyntaxException(tagNode.getMaster().getImage(),
                        "Tag 'with' expects assignments 'name = expression', got '" + assignment.trim() + "'",
                        tagNode.getLineNumber(), tagNode.getStartPosition());
            }
            values.put(assignment.substring(0, eq).trim(), interpreter.resolveELExpression(
                    assignment.substring(eq + 1), tagNode.getLineNumber()));
        }
        StringBuilder out = new StringBuilder();
        try (InterpreterScopeClosable scope = interpreter.enterScope()) {
            values.forEach(interpreter.getContext()::put);
            for (Node child : tagNode.getChildren()) {
                out.append(child.render(interpreter).getValue());
            }
        }
        return out.toString();
    }

    /** {@code text} split at the commas that are outside brackets and quotes. */
    static List<String> topLevelCommas(String text) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        char quote = 0;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == '\\') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                depth--;
            } else if (c == ',' && depth == 0) {
                parts.add(text.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(text.substring(start));
        return parts;
    }
}
