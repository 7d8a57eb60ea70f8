package dev.flaskspring.jinja;

import com.hubspot.jinjava.interpret.JinjavaInterpreter;
import com.hubspot.jinjava.interpret.JinjavaInterpreter.InterpreterScopeClosable;
import com.hubspot.jinjava.interpret.TemplateSyntaxException;
import com.hubspot.jinjava.lib.tag.ElseTag;
import com.hubspot.jinjava.lib.tag.ForTag;
import com.hubspot.jinjava.tree.Node;
import com.hubspot.jinjava.tree.TagNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Jinja's {@code {% for target in iterable [if test] %}...[{% else %}...]{% endfor %}}: the {@code else} part when
 * nothing was iterated, the {@code if} filter before counting, unpacking into several targets, and Jinja's whole
 * {@code loop} ({@link JinjaLoop}). Jinjava's {@code for} has no {@code else} and no filter.
 */
final class FlaskForTag extends ForTag {

    private static final long serialVersionUID = 1L;
    private static final Pattern FOR = Pattern.compile("^\\s*\\(?(.+?)\\)?\\s+in\\s+(.+)$", Pattern.DOTALL);

    @Override
    public String interpret(TagNode tagNode, JinjavaInterpreter interpreter) {
        Matcher m = FOR.matcher(tagNode.getHelpers());
        if (!m.matches()) {
            throw new TemplateSyntaxException(tagNode.getMaster().getImage(),
                    "Tag 'for' expects 'target in iterable', got: " + tagNode.getHelpers().trim(),
                    tagNode.getLineNumber(), tagNode.getStartPosition());
        }
        List<String> targets = Arrays.stream(m.group(1).split(",")).map(String::trim).toList();
        String[] iterableAndTest = splitTest(m.group(2));
        if (iterableAndTest[0].trim().endsWith(" recursive")) {
            throw new TemplateSyntaxException(tagNode.getMaster().getImage(), "Recursive loops are not supported",
                    tagNode.getLineNumber(), tagNode.getStartPosition());
        }
        Object iterable = interpreter.resolveELExpression(iterableAndTest[0], tagNode.getLineNumber());
        List<Node> body = new ArrayList<>();
        List<Node> otherwise = null;
        for (Node child : tagNode.getChildren()) {
            if (otherwise == null && child instanceof TagNode tag && tag.getTag() instanceof ElseTag) {
                otherwise = new ArrayList<>();
            } else {
                (otherwise == null ? body : otherwise).add(child);
            }
        }
        StringBuilder out = new StringBuilder();
        try (InterpreterScopeClosable scope = interpreter.enterScope()) {
            List<Object> items = items(iterable, targets, iterableAndTest[1], interpreter, tagNode);
            JinjaLoop loop = new JinjaLoop(items);
            interpreter.getContext().put(LOOP, loop);
            while (loop.hasNext()) {
                assign(targets, loop.advance(), interpreter, tagNode);
                for (Node node : body) {
                    out.append(node.render(interpreter).getValue());
                }
            }
            if (!items.isEmpty()) {
                return out.toString();
            }
        }
        for (Node node : otherwise == null ? List.<Node>of() : otherwise) {
            out.append(node.render(interpreter).getValue());
        }
        return out.toString();
    }

    /** The items to iterate, those passing the loop's {@code if} test when it has one. */
    private static List<Object> items(Object iterable, List<String> targets, String test, JinjavaInterpreter interpreter,
            TagNode tagNode) {
        List<Object> all = new ArrayList<>();
        if (iterable != null) {
            for (Object item : PyIter.of(iterable)) {
                all.add(item);
            }
        }
        if (test == null) {
            return all;
        }
        List<Object> passing = new ArrayList<>();
        for (Object item : all) {
            assign(targets, item, interpreter, tagNode);
            if (PyTruth.of(interpreter.resolveELExpression(test, tagNode.getLineNumber()))) {
                passing.add(item);
            }
        }
        return passing;
    }

    private static void assign(List<String> targets, Object item, JinjavaInterpreter interpreter, TagNode tagNode) {
        Object value = interpreter.wrap(item);
        if (targets.size() == 1) {
            put(interpreter, targets.get(0), value);
            return;
        }
        List<Object> parts = new ArrayList<>();
        if (value instanceof Map.Entry<?, ?> entry) {
            parts.add(entry.getKey());
            parts.add(entry.getValue());
        } else if (value != null && !(value instanceof CharSequence) && !(value instanceof Map)) {
            for (Object part : PyIter.of(value)) {
                parts.add(part);
            }
        }
        if (parts.size() != targets.size()) {
            throw new TemplateSyntaxException(tagNode.getMaster().getImage(), "Cannot unpack " + PyStr.repr(value)
                    + " into " + targets.size() + " values", tagNode.getLineNumber(), tagNode.getStartPosition());
        }
        Iterator<Object> it = parts.iterator();
        for (String target : targets) {
            put(interpreter, target, interpreter.wrap(it.next()));
        }
    }

    /** Sets a loop variable in the loop's scope; None shadows an outer variable of the same name. */
    private static void put(JinjavaInterpreter interpreter, String name, Object value) {
        interpreter.getContext().put(name, PyNone.of(value));
    }

    /** {@code iterable if test} split at the top-level {@code if}; the test is null when there is none. */
    private static String[] splitTest(String text) {
        int depth = 0;
        char quote = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                depth--;
            } else if (depth == 0 && text.startsWith(" if ", i)) {
                return new String[] {text.substring(0, i), text.substring(i + 4)};
            }
        }
        return new String[] {text, null};
    }
}
