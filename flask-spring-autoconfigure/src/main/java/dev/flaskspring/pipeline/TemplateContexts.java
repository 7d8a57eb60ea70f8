package dev.flaskspring.pipeline;

import dev.flaskspring.Flask;
import dev.flaskspring.Globals;
import dev.flaskspring.ctx.AppContext;
import dev.flaskspring.ctx.RequestContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

/**
 * Builds a template's context: Flask's globals ({@code config}, {@code request}, {@code session},
 * {@code g}, {@code get_flashed_messages}), template globals, context processors (the app's, then the
 * request's blueprints outermost first), then the caller's values, which win; Flask's
 * {@code update_template_context}.
 */
public final class TemplateContexts {

    private TemplateContexts() {
    }

    /** The context for rendering with {@code values} in {@code app}, whose registrations are {@code registry}. */
    public static Map<String, Object> build(Flask app, Registry registry, Map<String, ?> values) {
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("config", app.config());
        RequestContext req = RequestContext.current();
        AppContext appCtx = AppContext.current();
        if (appCtx != null) {
            context.put("g", appCtx.g());
        }
        if (req != null) {
            context.put("request", req.request());
            context.put("session", req.sessionHolder().session());
            context.put("get_flashed_messages", (Callable<List<Object>>) () -> Globals.getFlashedMessages(false));
            context.put("get_flashed_messages_with_categories", (Callable<List<Map<String, Object>>>) () -> {
                List<Map<String, Object>> out = new ArrayList<>();
                for (Object pair : Globals.getFlashedMessages(true)) {
                    List<?> p = (List<?>) pair;
                    out.add(Map.of("category", p.get(0), "message", p.get(1)));
                }
                return out;
            });
        }
        context.putAll(registry.templateGlobals());
        List<String> names = new ArrayList<>();
        names.add(null);
        if (req != null) {
            List<String> bps = req.request().blueprints();
            for (int i = bps.size() - 1; i >= 0; i--) {
                names.add(bps.get(i));
            }
        }
        for (String name : names) {
            for (Supplier<? extends Map<String, ?>> processor : registry.contextProcessors().forScope(name)) {
                context.putAll(processor.get());
            }
        }
        if (values != null) {
            context.putAll(values);
        }
        return context;
    }
}
