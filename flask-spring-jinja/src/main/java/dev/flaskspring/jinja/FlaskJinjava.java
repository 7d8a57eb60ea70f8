package dev.flaskspring.jinja;

import com.hubspot.jinjava.Jinjava;
import com.hubspot.jinjava.JinjavaConfig;
import com.hubspot.jinjava.LegacyOverrides;
import com.hubspot.jinjava.el.JinjavaInterpreterResolver;
import com.hubspot.jinjava.interpret.Context;
import com.hubspot.jinjava.interpret.JinjavaInterpreter;
import com.hubspot.jinjava.lib.exptest.ExpTest;
import com.hubspot.jinjava.lib.filter.Filter;
import dev.flaskspring.Flask;
import dev.flaskspring.TemplateFilter;
import dev.flaskspring.TemplateTest;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import jinjava.de.odysseus.el.ExpressionFactoryImpl;
import jinjava.de.odysseus.el.tree.TreeStore;
import jinjava.de.odysseus.el.tree.impl.Cache;
import jinjava.javax.el.CompositeELResolver;
import jinjava.javax.el.ExpressionFactory;

/**
 * Jinjava configured as Flask configures Jinja: Python's values and lookups ({@link PythonResolver}), Flask's
 * escaping ({@link OutputStrategy}), Jinja's calls of any callable value, Jinja's block, macro and {@code with}
 * semantics, Flask's {@code tojson}, and the app's filters and tests. One per app; renders on any thread.
 */
final class FlaskJinjava extends Jinjava {

    /** How many distinct expressions stay parsed; Jinja compiles a template's expressions once with it. */
    private static final int EXPRESSION_CACHE = 4000;

    private final Flask app;
    private final ExpressionFactory expressions;
    private final SharedContext shared = new SharedContext();
    private final Map<TemplateFilter, AppFilter> appFilters = new ConcurrentHashMap<>();
    private final Map<TemplateTest, AppTest> appTests = new ConcurrentHashMap<>();
    private TemplateCache templates;

    FlaskJinjava(Flask app) {
        super(config());
        this.app = app;
        TreeStore store = new TreeStore(new FlaskSyntaxBuilder(), new Cache(EXPRESSION_CACHE));
        this.expressions = new CompiledExpressions(store, new ExpressionFactoryImpl(store, new PyTypeConverter()));
        Context global = getGlobalContext();
        global.setExpressionStrategy(OutputStrategy.INSTANCE);
        FlaskLibrary.register(global, this, app);
    }

    private static JinjavaConfig config() {
        CompositeELResolver resolver = new CompositeELResolver();
        resolver.add(new PythonResolver());
        resolver.add(JinjavaInterpreterResolver.DEFAULT_RESOLVER_READ_WRITE);
        return JinjavaConfig.newBuilder()
                .withElResolver(resolver)
                .withObjectUnwrapper(new FlaskObjectUnwrapper())
                .withInterperterFactory(new FlaskInterpreter.Factory())
                .withNestedInterpretationEnabled(false)
                .withEnableRecursiveMacroCalls(true)
                .withMaxRenderDepth(100)
                .withLegacyOverrides(LegacyOverrides.newBuilder()
                        .withEvaluateMapKeys(true)
                        .withIterateOverMapKeys(true)
                        .withUseNaturalOperatorPrecedence(true)
                        .withParseWhitespaceControlStrictly(true)
                        .withAllowAdjacentTextNodes(true)
                        .withUseTrimmingForNotesAndExpressions(true)
                        .withKeepNullableLoopValues(true)
                        .build())
                .build();
    }

    void setTemplates(TemplateCache templates) {
        this.templates = templates;
        setResourceLocator((name, encoding, interpreter) -> templates.get(name).text());
    }

    Flask app() {
        return app;
    }

    TemplateCache templates() {
        return templates;
    }

    /** The shared root context of every render, in place of Jinjava's. */
    @Override
    public Context getGlobalContext() {
        return shared;
    }

    @Override
    public ExpressionFactory getExpressionFactory() {
        return expressions;
    }

    /** The app's template filter {@code name} as a Jinja filter, or null. */
    Filter appFilter(String name) {
        TemplateFilter filter = app.templateFilters().get(name);
        return filter == null ? null : appFilters.computeIfAbsent(filter, f -> new AppFilter(name, f));
    }

    /** The app's template test {@code name} as a Jinja test, or null. */
    ExpTest appTest(String name) {
        TemplateTest test = app.templateTests().get(name);
        return test == null ? null : appTests.computeIfAbsent(test, t -> new AppTest(name, t));
    }

    /** An interpreter rendering with {@code bindings} over the shared filters, tests, tags and functions. */
    JinjavaInterpreter newRenderInterpreter(Map<String, ?> bindings, boolean autoescape) {
        RenderContext context = new RenderContext(this, bindings);
        context.setAutoEscape(autoescape);
        return new FlaskInterpreter(this, context, getGlobalConfig());
    }
}
