package dev.flaskspring.jinja;

import com.hubspot.jinjava.interpret.JinjavaInterpreter;
import com.hubspot.jinjava.lib.fn.MacroFunction;
import com.hubspot.jinjava.interpret.AutoCloseableSupplier.AutoCloseableImpl;
import dev.flaskspring.templating.Template;
import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * A compiled Jinja template of the app, rendered with Flask's context plus Jinja's globals ({@code url_for},
 * {@code get_flashed_messages}, {@code dict}, {@code cycler}, {@code joiner}, {@code self}); Jinja's {@code Template}.
 */
final class JinjaTemplate implements Template {

    private final FlaskJinjava jinjava;
    private final CompiledTemplate compiled;

    JinjaTemplate(FlaskJinjava jinjava, CompiledTemplate compiled) {
        this.jinjava = jinjava;
        this.compiled = compiled;
    }

    @Override
    public String name() {
        return compiled.name();
    }

    @Override
    public void render(Map<String, Object> context, Writer out) throws IOException {
        out.write(renderToString(context));
    }

    /** Renders with {@code context}; Jinja's {@code Template.render}. */
    String renderToString(Map<String, Object> context) {
        JinjavaInterpreter interpreter = interpreter(context);
        try (AutoCloseableImpl<JinjavaInterpreter> pushed = JinjavaInterpreter.closeablePushCurrent(interpreter).get()) {
            return interpreter.render(compiled.root());
        } catch (RuntimeException e) {
            throw RenderErrors.unwrap(e);
        }
    }

    /** The template's top-level variables and macros after rendering it with {@code context}; Jinja's {@code module}. */
    Map<String, Object> module(Map<String, Object> context) {
        JinjavaInterpreter interpreter = interpreter(context);
        try (AutoCloseableImpl<JinjavaInterpreter> pushed = JinjavaInterpreter.closeablePushCurrent(interpreter).get()) {
            interpreter.render(compiled.root());
        } catch (RuntimeException e) {
            throw RenderErrors.unwrap(e);
        }
        Map<String, Object> module = new LinkedHashMap<>(interpreter.getContext().getSessionBindings());
        for (MacroFunction macro : interpreter.getContext().getGlobalMacros().values()) {
            module.put(macro.getName(), macro);
        }
        return module;
    }

    private JinjavaInterpreter interpreter(Map<String, Object> context) {
        JinjavaInterpreter interpreter = jinjava.newRenderInterpreter(context, compiled.autoescape());
        Map<String, Object> scope = interpreter.getContext();
        scope.putIfAbsent("url_for", FlaskGlobals.URL_FOR);
        scope.putIfAbsent("dict", FlaskGlobals.DICT);
        scope.putIfAbsent("cycler", FlaskGlobals.CYCLER);
        scope.putIfAbsent("joiner", FlaskGlobals.JOINER);
        scope.putIfAbsent("self", BlockReferences.INSTANCE);
        if (!scope.containsKey("get_flashed_messages") || scope.get("get_flashed_messages") instanceof Callable) {
            scope.put("get_flashed_messages", FlaskGlobals.GET_FLASHED_MESSAGES);
        }
        return interpreter;
    }
}
