package dev.flaskspring.pipeline;

import dev.flaskspring.AfterRequest;
import dev.flaskspring.BeforeRequest;
import dev.flaskspring.Teardown;
import dev.flaskspring.TemplateFilter;
import dev.flaskspring.TemplateTest;
import dev.flaskspring.UrlDefaults;
import dev.flaskspring.UrlValuePreprocessor;
import dev.flaskspring.View;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What an app or a blueprint registers: views, hooks by blueprint scope, error handlers and template values;
 * the dicts of functions Flask keeps on {@code Scaffold} ({@code view_functions}, {@code before_request_funcs} ...).
 * <p>A blueprint's registry is copied into its app's under the blueprint's name when it is registered; the
 * request pipeline reads only the app's.
 */
public final class Registry {

    private final Map<String, View> viewFunctions = new LinkedHashMap<>();
    private final ScopedCallbacks<BeforeRequest> beforeRequest = new ScopedCallbacks<>();
    private final ScopedCallbacks<AfterRequest> afterRequest = new ScopedCallbacks<>();
    private final ScopedCallbacks<Teardown> teardownRequest = new ScopedCallbacks<>();
    private final ScopedCallbacks<Teardown> teardownAppcontext = new ScopedCallbacks<>();
    private final ScopedCallbacks<Supplier<? extends Map<String, ?>>> contextProcessors = new ScopedCallbacks<>();
    private final ScopedCallbacks<UrlValuePreprocessor> urlValuePreprocessors = new ScopedCallbacks<>();
    private final ScopedCallbacks<UrlDefaults> urlDefaults = new ScopedCallbacks<>();
    private final ErrorHandlerSpec errorHandlers = new ErrorHandlerSpec();
    private final Map<String, Object> templateGlobals = new LinkedHashMap<>();
    private final Map<String, TemplateFilter> templateFilters = new LinkedHashMap<>();
    private final Map<String, TemplateTest> templateTests = new LinkedHashMap<>();

    /** Views by endpoint; Flask's {@code view_functions}. */
    public Map<String, View> viewFunctions() {
        return viewFunctions;
    }

    /** Flask's {@code before_request_funcs}. */
    public ScopedCallbacks<BeforeRequest> beforeRequest() {
        return beforeRequest;
    }

    /** Flask's {@code after_request_funcs}. */
    public ScopedCallbacks<AfterRequest> afterRequest() {
        return afterRequest;
    }

    /** Flask's {@code teardown_request_funcs}. */
    public ScopedCallbacks<Teardown> teardownRequest() {
        return teardownRequest;
    }

    /** Flask's {@code teardown_appcontext_funcs} (the app's only). */
    public ScopedCallbacks<Teardown> teardownAppcontext() {
        return teardownAppcontext;
    }

    /** Flask's {@code template_context_processors}. */
    public ScopedCallbacks<Supplier<? extends Map<String, ?>>> contextProcessors() {
        return contextProcessors;
    }

    /** Flask's {@code url_value_preprocessors}. */
    public ScopedCallbacks<UrlValuePreprocessor> urlValuePreprocessors() {
        return urlValuePreprocessors;
    }

    /** Flask's {@code url_default_functions}. */
    public ScopedCallbacks<UrlDefaults> urlDefaults() {
        return urlDefaults;
    }

    /** Flask's {@code error_handler_spec}. */
    public ErrorHandlerSpec errorHandlers() {
        return errorHandlers;
    }

    /** Template globals by name; Flask's {@code jinja_env.globals}. */
    public Map<String, Object> templateGlobals() {
        return templateGlobals;
    }

    /** Template filters by name; Flask's {@code jinja_env.filters}. */
    public Map<String, TemplateFilter> templateFilters() {
        return templateFilters;
    }

    /** Template tests by name; Flask's {@code jinja_env.tests}. */
    public Map<String, TemplateTest> templateTests() {
        return templateTests;
    }

    /**
     * Copies this blueprint's views, hooks and error handlers into {@code app}'s, each scope under
     * {@code name}; Flask's {@code Blueprint._merge_blueprint_funcs}.
     */
    public void mergeInto(Registry app, String name) {
        errorHandlers.forEach((scope, byCode) -> byCode.forEach((code, byClass) -> byClass.forEach(
                (type, handler) -> app.errorHandlers.register(scoped(name, scope),
                        new ErrorHandlerSpec.Key(code, asThrowable(type)), handler))));
        app.viewFunctions.putAll(viewFunctions);
        copy(beforeRequest, app.beforeRequest, name);
        copy(afterRequest, app.afterRequest, name);
        copy(teardownRequest, app.teardownRequest, name);
        copy(urlDefaults, app.urlDefaults, name);
        copy(urlValuePreprocessors, app.urlValuePreprocessors, name);
        copy(contextProcessors, app.contextProcessors, name);
    }

    private static <F> void copy(ScopedCallbacks<F> from, ScopedCallbacks<F> to, String name) {
        from.forEach((scope, fs) -> fs.forEach(f -> to.add(scoped(name, scope), f)));
    }

    private static String scoped(String name, String scope) {
        return scope == null ? name : name + "." + scope;
    }

    @SuppressWarnings("unchecked")
    private static Class<? extends Throwable> asThrowable(Class<?> type) {
        return (Class<? extends Throwable>) type;
    }
}
