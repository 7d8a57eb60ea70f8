package dev.flaskspring.jinja;

import com.hubspot.jinjava.interpret.JinjavaInterpreter;
import com.hubspot.jinjava.interpret.JinjavaInterpreter.InterpreterScopeClosable;
import com.hubspot.jinjava.lib.tag.Tag;
import com.hubspot.jinjava.tree.TagNode;
import dev.flaskspring.templating.TemplateNotFound;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Jinja's {@code {% include name [ignore missing] [with context | without context] %}}: the name an expression (a
 * list tries each in turn), the included template autoescaped by its own name as Flask decides, its {@code set}s
 * kept inside it, a missing template skipped with {@code ignore missing}.
 */
final class FlaskIncludeTag implements Tag {

    private static final long serialVersionUID = 1L;
    private static final Pattern MODIFIERS = Pattern.compile(
            "^(.*?)(\\s+ignore\\s+missing)?(\\s+(?:with|without)\\s+context)?\\s*$", Pattern.DOTALL);

    private final FlaskJinjava jinjava;

    FlaskIncludeTag(FlaskJinjava jinjava) {
        this.jinjava = jinjava;
    }

    @Override
    public String getName() {
        return "include";
    }

    @Override
    public String getEndTagName() {
        return null;
    }

    @Override
    public String interpret(TagNode tagNode, JinjavaInterpreter interpreter) {
        Matcher m = MODIFIERS.matcher(tagNode.getHelpers());
        m.matches();
        Object target = PyValues.toJava(interpreter.resolveELExpression(m.group(1), tagNode.getLineNumber()));
        List<String> names = new ArrayList<>();
        if (target instanceof List<?> list) {
            list.forEach(n -> names.add(PyStr.str(n)));
        } else {
            names.add(PyStr.str(target));
        }
        TemplateNotFound missing = null;
        for (String name : names) {
            CompiledTemplate included;
            try {
                included = jinjava.templates().get(name);
            } catch (TemplateNotFound e) {
                missing = missing == null ? e : missing;
                continue;
            }
            try (InterpreterScopeClosable scope = interpreter.enterScope()) {
                interpreter.getContext().setAutoEscape(included.autoescape());
                return interpreter.render(included.root(), false);
            }
        }
        if (m.group(2) != null) {
            return "";
        }
        throw missing;
    }
}
