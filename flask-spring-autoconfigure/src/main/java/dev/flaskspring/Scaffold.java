package dev.flaskspring;

import dev.flaskspring.cli.AppGroup;
import dev.flaskspring.pipeline.ErrorHandlerSpec;
import dev.flaskspring.pipeline.Registry;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * What the app and a blueprint have in common: routes, request hooks, error handlers, template
 * context and URL callbacks; Flask's {@code Scaffold}.
 * <p>Hooks registered here apply to requests this object handles: all requests for the app, the
 * blueprint's own requests for a blueprint (use a blueprint's {@code app*} methods for app-wide ones).
 */
public abstract class Scaffold {

    final String name;
    final Registry registry = new Registry();
    final AppGroup cli = new AppGroup();

    Scaffold(String name) {
        this.name = name;
    }

    /** Fails when the object can no longer be changed (the app has handled a request, the blueprint is registered). */
    abstract void ensureSetupOpen(String method);

    /**
     * Connects a URL rule to an endpoint and, when {@code view} is non-null, the endpoint to the view;
     * Flask's {@code add_url_rule}.
     */
    public abstract void addUrlRule(String rule, String endpoint, View view, RuleOptions options);

    /** {@link #addUrlRule(String, String, View, RuleOptions)} with no options. */
    public void addUrlRule(String rule, String endpoint, View view) {
        addUrlRule(rule, endpoint, view, RuleOptions.none());
    }

    /** Routes {@code rule} to {@code view} under {@code endpoint} for GET (HEAD and OPTIONS automatic); Flask's {@code @route}. */
    public void route(String rule, String endpoint, View view) {
        addUrlRule(rule, endpoint, view, RuleOptions.none());
    }

    /** Routes {@code rule} for the given methods; Flask's {@code @route(methods=...)}. */
    public void route(String rule, String endpoint, Set<String> methods, View view) {
        addUrlRule(rule, endpoint, view, RuleOptions.builder().methods(methods).build());
    }

    /** Routes {@code rule} with options; Flask's {@code @route(rule, **options)}. */
    public void route(String rule, String endpoint, RuleOptions options, View view) {
        addUrlRule(rule, endpoint, view, options);
    }

    /** Routes GET requests; Flask's {@code @get}. */
    public void get(String rule, String endpoint, View view) {
        route(rule, endpoint, Set.of("GET"), view);
    }

    /** Routes POST requests; Flask's {@code @post}. */
    public void post(String rule, String endpoint, View view) {
        route(rule, endpoint, Set.of("POST"), view);
    }

    /** Routes PUT requests; Flask's {@code @put}. */
    public void put(String rule, String endpoint, View view) {
        route(rule, endpoint, Set.of("PUT"), view);
    }

    /** Routes DELETE requests; Flask's {@code @delete}. */
    public void delete(String rule, String endpoint, View view) {
        route(rule, endpoint, Set.of("DELETE"), view);
    }

    /** Routes PATCH requests; Flask's {@code @patch}. */
    public void patch(String rule, String endpoint, View view) {
        route(rule, endpoint, Set.of("PATCH"), view);
    }

    /** Sets the view of an endpoint whose rule is added elsewhere; Flask's {@code @endpoint}. */
    public void endpoint(String endpoint, View view) {
        ensureSetupOpen("endpoint");
        registry.viewFunctions().put(endpoint, view);
    }

    /** Runs {@code f} before each request; a non-null result is the response; Flask's {@code before_request}. */
    public void beforeRequest(BeforeRequest f) {
        ensureSetupOpen("beforeRequest");
        registry.beforeRequest().add(null, f);
    }

    /** Runs {@code f} on each response, last registered first; Flask's {@code after_request}. */
    public void afterRequest(AfterRequest f) {
        ensureSetupOpen("afterRequest");
        registry.afterRequest().add(null, f);
    }

    /** Runs {@code f} when each request ends, even after an error; Flask's {@code teardown_request}. */
    public void teardownRequest(Teardown f) {
        ensureSetupOpen("teardownRequest");
        registry.teardownRequest().add(null, f);
    }

    /** Handles HTTP errors with status {@code code}; Flask's {@code errorhandler(code)}. */
    public void errorHandler(int code, ErrorHandler<? super dev.flaskspring.exceptions.HTTPException> f) {
        ensureSetupOpen("errorHandler");
        registry.errorHandlers().register(null, ErrorHandlerSpec.keyFor(code), f);
    }

    /** Handles exceptions of {@code type} and its subclasses; Flask's {@code errorhandler(Exception)}. */
    public <T extends Throwable> void errorHandler(Class<T> type, ErrorHandler<? super T> f) {
        ensureSetupOpen("errorHandler");
        registry.errorHandlers().register(null, ErrorHandlerSpec.keyFor(type), f);
    }

    /** Adds values to every template's context; Flask's {@code context_processor}. */
    public void contextProcessor(Supplier<? extends Map<String, ?>> f) {
        ensureSetupOpen("contextProcessor");
        registry.contextProcessors().add(null, f);
    }

    /** Runs {@code f} on the matched URL values before the request hooks; Flask's {@code url_value_preprocessor}. */
    public void urlValuePreprocessor(UrlValuePreprocessor f) {
        ensureSetupOpen("urlValuePreprocessor");
        registry.urlValuePreprocessors().add(null, f);
    }

    /** Runs {@code f} on the values of each URL built; Flask's {@code url_defaults}. */
    public void urlDefaults(UrlDefaults f) {
        ensureSetupOpen("urlDefaults");
        registry.urlDefaults().add(null, f);
    }

    /**
     * Makes {@code value} available in every template; Flask's {@code add_template_global}. A
     * {@code java.util.function.Function} is a Mustache lambda; for Jinja a {@code Function}, {@code Supplier}
     * or {@link TemplateFilter} is callable.
     */
    public void templateGlobal(String name, Object value) {
        ensureSetupOpen("templateGlobal");
        registry.templateGlobals().put(name, value);
    }

    /**
     * Makes {@code f} a filter of the app's templates ({@code {{ value|name }}}); Flask's {@code add_template_filter}.
     * On a blueprint the filter is app-wide, as Flask's blueprint {@code template_filter}.
     */
    public void templateFilter(String name, TemplateFilter f) {
        ensureSetupOpen("templateFilter");
        registry.templateFilters().put(name, f);
    }

    /**
     * Makes {@code t} a test of the app's templates ({@code {% if value is name %}}); Flask's {@code add_template_test}.
     * On a blueprint the test is app-wide, as Flask's blueprint {@code template_test}.
     */
    public void templateTest(String name, TemplateTest t) {
        ensureSetupOpen("templateTest");
        registry.templateTests().put(name, t);
    }

    /** The commands of this app or blueprint; Flask's {@code app.cli} and {@code bp.cli}. */
    public AppGroup cli() {
        return cli;
    }

    /** The static folder option, or null; Flask's {@code static_folder}. */
    abstract String staticFolderOption();

    /** The static URL path option, or null. */
    abstract String staticUrlPathOption();

    /**
     * The URL prefix of static files: the option without trailing slashes, else {@code /} + the folder's last
     * name; Flask's {@code static_url_path}.
     */
    public String staticUrlPath() {
        if (staticUrlPathOption() != null) {
            return staticUrlPathOption().replaceAll("/+$", "");
        }
        String folder = staticFolderOption() == null ? "" : staticFolderOption().replaceAll("/+$", "");
        return ("/" + folder.substring(folder.lastIndexOf('/') + 1)).replaceAll("/+$", "");
    }

    /** The name: the app's import name, or the blueprint's name. */
    public String name() {
        return name;
    }
}
