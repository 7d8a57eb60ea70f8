package dev.flaskspring.jinja;

import com.google.common.collect.SetMultimap;
import com.hubspot.jinjava.interpret.Context;
import com.hubspot.jinjava.lib.exptest.ExpTest;
import com.hubspot.jinjava.lib.filter.Filter;
import com.hubspot.jinjava.lib.fn.MacroFunction;
import java.util.HashMap;
import java.util.Map;

/**
 * The variables of one render, over the engine's shared context of filters, tests, tags and functions; the app's
 * template filters and tests come first, as Flask puts them in {@code jinja_env.filters} over Jinja's, and a callable
 * variable can be called.
 * <p>Jinjava records which expressions, values and files a render used, in every context up to the root; that
 * bookkeeping (for HubSpot's dependency tracking, which Flask has no use for) would make the shared root a data race
 * between concurrent renders, so it stops here.
 */
final class RenderContext extends Context {

    private final FlaskJinjava jinjava;
    private Map<String, CallableMacro> callables;

    RenderContext(FlaskJinjava jinjava, Map<String, ?> bindings) {
        super(jinjava.getGlobalContext(), null);
        this.jinjava = jinjava;
        if (bindings != null) {
            bindings.forEach((name, value) -> put(name, PyNone.of(value)));
        }
    }

    /** A macro of the template, else a callable variable as one, so that {@code name(...)} calls it. */
    @Override
    public MacroFunction getGlobalMacro(String identifier) {
        MacroFunction macro = super.getGlobalMacro(identifier);
        if (macro == null) {
            Object value = get(identifier);
            if (Callables.isCallable(value)) {
                if (callables == null) {
                    callables = new HashMap<>();
                }
                CallableMacro known = callables.get(identifier);
                if (known == null || !known.calls(value)) {
                    known = new CallableMacro(identifier, value, this);
                    callables.put(identifier, known);
                }
                return known;
            }
        }
        return macro;
    }

    /** The app's filter {@code name}, else Jinja's; a name that is neither is an error, as in Jinja. */
    @Override
    public Filter getFilter(String name) {
        Filter filter = jinjava.appFilter(name);
        if (filter == null) {
            filter = super.getFilter(name);
        }
        if (filter == null) {
            throw new TemplateRuntimeError("No filter named '" + name + "'.", null);
        }
        return filter;
    }

    /** The app's test {@code name}, else Jinja's; a name that is neither is an error, as in Jinja. */
    @Override
    public ExpTest getExpTest(String name) {
        ExpTest test = jinjava.appTest(name);
        if (test == null) {
            test = super.getExpTest(name);
        }
        if (test == null) {
            throw new TemplateRuntimeError("No test named '" + name + "'.", null);
        }
        return test;
    }

    @Override
    public void addResolvedExpression(String expression) {
    }

    @Override
    public void addResolvedValue(String value) {
    }

    @Override
    public void addResolvedFunction(String function) {
    }

    @Override
    public void addDependency(String type, String identification) {
    }

    @Override
    public void addDependencies(SetMultimap<String, String> dependencies) {
    }
}
