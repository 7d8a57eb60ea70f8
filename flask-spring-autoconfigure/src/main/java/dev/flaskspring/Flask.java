package dev.flaskspring;

import dev.flaskspring.cli.FlaskCliRunner;
import dev.flaskspring.ctx.AppContext;
import dev.flaskspring.ctx.RequestContext;
import dev.flaskspring.exceptions.Aborter;
import dev.flaskspring.exceptions.BuildError;
import dev.flaskspring.exceptions.RedirectPage;
import dev.flaskspring.helpers.Resources;
import dev.flaskspring.helpers.StaticFiles;
import dev.flaskspring.json.JsonProvider;
import dev.flaskspring.pipeline.AppRequestSettings;
import dev.flaskspring.pipeline.Dispatcher;
import dev.flaskspring.pipeline.TemplateContexts;
import dev.flaskspring.pipeline.UrlBuilder;
import dev.flaskspring.routing.MapAdapter;
import dev.flaskspring.routing.Rule;
import dev.flaskspring.serving.DevelopmentServer;
import dev.flaskspring.templating.TemplateLoader;
import dev.flaskspring.templating.Templating;
import dev.flaskspring.testing.FlaskClient;
import dev.flaskspring.testing.TestRequest;
import dev.flaskspring.wrappers.Request;
import dev.flaskspring.wrappers.RequestClass;
import dev.flaskspring.wrappers.Response;
import dev.flaskspring.wrappers.ResponseClass;
import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.servlet.DispatcherServlet;

/**
 * The application: the URL map, the config, and the request pipeline; Flask's {@code Flask}.
 * <pre>{@code
 * Flask app = new Flask("hello");
 * app.route("/", "index", args -> "Hello, World!");
 * app.run("127.0.0.1", 5000);
 * }</pre>
 */
public class Flask extends App {

    private final List<Filter> middleware = new CopyOnWriteArrayList<>();
    private final List<Supplier<? extends Map<String, ?>>> shellContextProcessors = new CopyOnWriteArrayList<>();
    private final Logger logger;
    private final Dispatcher dispatcher;
    private final UrlBuilder urls;
    private final Aborter aborter;
    private final Request.Settings requestSettings;
    private final RequestClass requestClass;
    private final ResponseClass responseClass;
    private volatile DispatcherServlet testServlet;
    private volatile Templating templates;

    /** Handles a failed {@code url_for}; returns a URL to use instead, or null to raise; Flask's {@code url_build_error_handlers}. */
    @FunctionalInterface
    public interface UrlBuildErrorHandler {
        /** A URL for {@code endpoint}, or null. */
        String apply(BuildError error, String endpoint, Map<String, Object> values);
    }

    /** Creates an app named {@code importName} with Flask's defaults; {@code Flask(__name__)}. */
    public Flask(String importName) {
        this(importName, AppOptions.defaults());
    }

    /** Creates an app with {@code options}; {@code Flask(__name__, static_folder=..., ...)}. */
    public Flask(String importName, AppOptions options) {
        super(importName, options);
        this.requestClass = RequestClass.of(options.requestClass());
        this.responseClass = ResponseClass.of(options.responseClass());
        this.logger = LoggerFactory.getLogger(importName);
        setJson(new JsonProvider(this));
        this.dispatcher = new Dispatcher(this, registry);
        this.urls = new UrlBuilder(this, dispatcher);
        this.aborter = makeAborter();
        this.requestSettings = new AppRequestSettings(this);
        registerStaticRoute();
    }

    /** Adds the {@code static} endpoint when the static folder exists, as Flask's constructor does. */
    private void registerStaticRoute() {
        if (options().staticHost() != null && !options().hostMatching()) {
            throw new IllegalArgumentException("Invalid static_host/host_matching combination");
        }
        if (!hasStaticFolder()) {
            return;
        }
        if (options().hostMatching() && options().staticHost() == null) {
            throw new IllegalArgumentException("host_matching requires static_host when a static folder is used.");
        }
        addUrlRule(staticUrlPath() + "/<path:filename>", "static",
                args -> sendStaticFile(args.getString("filename")),
                RuleOptions.builder().host(options().staticHost()).build());
    }

    /** Whether the static folder exists on disk or on the classpath; Flask's {@code has_static_folder}. */
    public boolean hasStaticFolder() {
        return StaticFiles.exists(rootPath(), options().staticFolder());
    }

    @Override
    String staticFolderOption() {
        return options().staticFolder();
    }

    @Override
    String staticUrlPathOption() {
        return options().staticUrlPath();
    }

    /** Serves a file of the static folder; Flask's {@code send_static_file}. */
    public Response sendStaticFile(String filename) {
        if (!hasStaticFolder()) {
            throw new IllegalStateException("'static_folder' must be set to serve static_files.");
        }
        SendFileOptions options = SendFileOptions.builder().maxAge(getSendFileMaxAge(filename)).build();
        return StaticFiles.send(rootPath(), options().staticFolder(), filename, options,
                RequestContext.current() == null ? null : RequestContext.current().request());
    }

    /**
     * How long clients may cache a file the app sends, or null for {@code no-cache}; Flask's
     * {@code get_send_file_max_age}: {@code SEND_FILE_MAX_AGE_DEFAULT}. Override it to choose per file.
     *
     * @param filename the static file's name, or the sent file's path (null for a stream)
     */
    public Duration getSendFileMaxAge(String filename) {
        return config().getDuration("SEND_FILE_MAX_AGE_DEFAULT");
    }

    /** The app's templating: engine, loader and rendering with Flask's context; created on first use. */
    public Templating templates() {
        Templating t = templates;
        if (t == null) {
            synchronized (this) {
                if (templates == null) {
                    templates = new Templating(this, this::templateFolders);
                }
                t = templates;
            }
        }
        return t;
    }

    /** The template folders: the app's, then each blueprint's in registration order. */
    private List<TemplateLoader.Folder> templateFolders() {
        List<TemplateLoader.Folder> out = new ArrayList<>();
        if (options().templateFolder() != null) {
            out.add(new TemplateLoader.Folder(null, options().templateFolder()));
        }
        Set<Blueprint> seen = new HashSet<>();
        for (Map.Entry<String, Blueprint> e : blueprintRegistry().entrySet()) {
            String folder = e.getValue().options().templateFolder();
            if (folder != null && seen.add(e.getValue())) {
                out.add(new TemplateLoader.Folder(e.getKey(), folder));
            }
        }
        return out;
    }

    /** The app's template filters by name (blueprints' included); Flask's {@code jinja_env.filters}. */
    public Map<String, TemplateFilter> templateFilters() {
        return Collections.unmodifiableMap(registry.templateFilters());
    }

    /** The app's template tests by name (blueprints' included); Flask's {@code jinja_env.tests}. */
    public Map<String, TemplateTest> templateTests() {
        return Collections.unmodifiableMap(registry.templateTests());
    }

    /** The app's template globals by name (blueprints' included); Flask's {@code jinja_env.globals}. */
    public Map<String, Object> templateGlobals() {
        return Collections.unmodifiableMap(registry.templateGlobals());
    }

    /**
     * The context a template is rendered with: Flask's globals, template globals, context processors,
     * then {@code values} (which win); Flask's {@code update_template_context}.
     */
    public Map<String, Object> updateTemplateContext(Map<String, ?> values) {
        return TemplateContexts.build(this, registry, values);
    }

    /** The app's logger, named after the app; Flask's {@code app.logger}. */
    public Logger logger() {
        return logger;
    }

    /** Opens a resource relative to the root folder, or from the classpath; Flask's {@code open_resource}. */
    public InputStream openResource(String resource) throws IOException {
        return Resources.open(rootPath(), resource);
    }

    /** Opens a resource as {@link #openResource(String)} does, for reading text in {@code encoding}. */
    public Reader openResource(String resource, Charset encoding) throws IOException {
        return new InputStreamReader(openResource(resource), encoding);
    }

    /**
     * Opens a resource in a Python file mode, text in UTF-8; Flask's {@code open_resource(resource, mode)}:
     * {@code "rb"} gives an {@link InputStream}, {@code "r"} and {@code "rt"} a {@link Reader}.
     *
     * @throws IllegalArgumentException for any other mode: "Resources can only be opened for reading."
     */
    public <T extends Closeable> T openResource(String resource, String mode) throws IOException {
        return openResource(resource, mode, StandardCharsets.UTF_8);
    }

    /** {@link #openResource(String, String)}, text decoded with {@code encoding}; Flask's {@code encoding=...}. */
    @SuppressWarnings("unchecked")
    public <T extends Closeable> T openResource(String resource, String mode, Charset encoding) throws IOException {
        return (T) Resources.open(rootPath(), resource, mode, encoding);
    }

    /** The aborter {@code abort} uses in this app; Flask's {@code aborter}. */
    public Aborter aborter() {
        return aborter;
    }

    /** Creates the app's aborter; override to use another class, as Flask's {@code aborter_class}. */
    protected Aborter makeAborter() {
        return new Aborter();
    }

    /**
     * A redirect response; Flask's {@code app.redirect}, which {@code Globals.redirect} calls inside an app
     * context, so an app may override it.
     */
    public Response redirect(String location, int code) {
        return RedirectPage.response(location, code, responseClass);
    }

    /** Opens a file in the instance folder for reading bytes; Flask's {@code open_instance_resource}. */
    public InputStream openInstanceResource(String resource) throws IOException {
        return Files.newInputStream(instancePath().resolve(resource));
    }

    /**
     * Opens a file in the instance folder in a Python file mode, text in UTF-8; Flask's
     * {@code open_instance_resource(resource, mode)}. Unlike resources, instance files may be written:
     * {@code "rb"} gives an {@link InputStream}, {@code "wb"}, {@code "ab"} and {@code "xb"} an
     * {@link java.io.OutputStream}, {@code "r"} a {@link Reader} and {@code "w"}, {@code "a"}, {@code "x"} a
     * {@link java.io.Writer}: {@code try (Writer w = app.openInstanceResource("app.cfg", "w")) { ... }}.
     *
     * @throws IllegalArgumentException for a mode Python refuses, or one that reads and writes ({@code "r+"})
     */
    public <T extends Closeable> T openInstanceResource(String resource, String mode) throws IOException {
        return openInstanceResource(resource, mode, StandardCharsets.UTF_8);
    }

    /** {@link #openInstanceResource(String, String)} with text in {@code encoding}; Flask's {@code encoding=...}. */
    @SuppressWarnings("unchecked")
    public <T extends Closeable> T openInstanceResource(String resource, String mode, Charset encoding)
            throws IOException {
        return (T) Resources.openInstance(instancePath(), resource, mode, encoding);
    }

    /** Makes the app's requests; Flask's {@code request_class} ({@code AppOptions.requestClass}). */
    public RequestClass requestClass() {
        return requestClass;
    }

    /** Makes the app's responses; Flask's {@code response_class} ({@code AppOptions.responseClass}). */
    public ResponseClass responseClass() {
        return responseClass;
    }

    /** The request limits and JSON provider requests read. */
    public Request.Settings requestSettings() {
        return requestSettings;
    }

    // ---- registration --------------------------------------------------------------------------

    /**
     * Puts {@code filter} around the app, inside the middleware added before it; WSGI middleware,
     * {@code app.wsgi_app = Middleware(app.wsgi_app)}. The standalone server, the test client and Boot run it.
     */
    public void addMiddleware(Filter filter) {
        ensureSetupOpen("addMiddleware");
        middleware.add(filter);
    }

    /** The middleware, outermost first. */
    public List<Filter> middleware() {
        return Collections.unmodifiableList(middleware);
    }

    @Override
    void ensureSetupOpen(String method) {
        if (dispatcher != null && dispatcher.hasHandledRequest()) {
            throw new IllegalStateException("The setup method '" + method + "' can no longer be called on the"
                    + " application. It has already handled its first request, any changes will not be applied"
                    + " consistently.\nMake sure all imports, decorators, functions, etc. needed to set up the"
                    + " application are done before running it.");
        }
    }

    @Override
    public void addUrlRule(String rule, String endpoint, View view, RuleOptions options) {
        ensureSetupOpen("addUrlRule");
        if (endpoint == null) {
            throw new IllegalArgumentException("An endpoint name is required for rule '" + rule + "'.");
        }
        Set<String> methods = options.methods();
        if (methods == null) {
            methods = view != null && view.methods() != null ? view.methods() : Set.of("GET");
        }
        methods = new HashSet<>(methods);
        Boolean automatic = options.provideAutomaticOptions();
        if (automatic == null && view != null) {
            automatic = view.provideAutomaticOptions();
        }
        if (automatic == null) {
            automatic = !methods.contains("OPTIONS") && config().getBoolean("PROVIDE_AUTOMATIC_OPTIONS");
            if (automatic) {
                methods.add("OPTIONS");
            }
        }
        Rule.Builder builder = Rule.builder(rule).endpoint(endpoint).methods(methods)
                .strictSlashes(options.strictSlashes()).mergeSlashes(options.mergeSlashes())
                .subdomain(options.subdomain()).host(options.host()).buildOnly(options.buildOnly())
                .provideAutomaticOptions(automatic);
        if (options.defaults() != null) {
            builder.defaults(options.defaults());
        }
        if (options.redirectTo() != null) {
            builder.redirectTo(options.redirectTo());
        }
        urlMap().add(builder.build());
        if (view != null) {
            View old = registry.viewFunctions().get(endpoint);
            if (old != null && old != view) {
                throw new IllegalStateException(
                        "View function mapping is overwriting an existing endpoint function: " + endpoint);
            }
            registry.viewFunctions().put(endpoint, view);
        }
    }

    /** The view registered for {@code endpoint}, or null; Flask's {@code view_functions[endpoint]}. */
    public View viewFunction(String endpoint) {
        return registry.viewFunctions().get(endpoint);
    }

    /** Runs {@code f} when each app context ends; Flask's {@code teardown_appcontext}. */
    public void teardownAppcontext(Teardown f) {
        ensureSetupOpen("teardownAppcontext");
        registry.teardownAppcontext().add(null, f);
    }

    /** Adds a handler for failed URL builds; Flask's {@code url_build_error_handlers.append}. */
    public void urlBuildErrorHandler(UrlBuildErrorHandler handler) {
        urls.addBuildErrorHandler(handler);
    }

    /** Registers a blueprint under its own name; Flask's {@code register_blueprint}. */
    public void registerBlueprint(Blueprint blueprint) {
        registerBlueprint(blueprint, BlueprintOptions.none());
    }

    /** Registers a blueprint with options (a different {@code name} registers it again); Flask's {@code register_blueprint}. */
    public void registerBlueprint(Blueprint blueprint, BlueprintOptions options) {
        ensureSetupOpen("registerBlueprint");
        blueprint.register(this, options);
    }

    // ---- contexts -------------------------------------------------------------------------------

    /**
     * A new app context, already pushed, for try-with-resources; Flask's {@code with app.app_context():}.
     */
    public AppContext appContext() {
        return new AppContext(this).push();
    }

    /** A pushed request context for a GET of {@code path} (may hold a query string); Flask's {@code test_request_context}. */
    public RequestContext testRequestContext(String path) {
        return testRequestContext(TestRequest.get(path));
    }

    /** A pushed request context for a built test request; Flask's {@code test_request_context(...)}. */
    public RequestContext testRequestContext(TestRequest request) {
        return new RequestContext(this, requestClass.create(request.toServletRequest(this), requestSettings)).push();
    }

    /** A request context (not pushed) for a servlet request; Flask's {@code request_context(environ)}. */
    public RequestContext requestContext(HttpServletRequest servletRequest) {
        return new RequestContext(this, requestClass.create(servletRequest, requestSettings));
    }

    /**
     * The URL adapter for a request, or (with {@code SERVER_NAME} set) for no request; Flask's
     * {@code create_url_adapter}.
     */
    public MapAdapter createUrlAdapter(Request request) {
        return urls.createUrlAdapter(request);
    }

    /** Runs the request's teardown functions, innermost blueprint first; Flask's {@code do_teardown_request}. */
    public void doTeardownRequest(Throwable error) {
        dispatcher.doTeardownRequest(error);
    }

    /** Runs the app context's teardown functions; Flask's {@code do_teardown_appcontext}. */
    public void doTeardownAppcontext(Throwable error) {
        dispatcher.doTeardownAppcontext(error);
    }

    /** The request pipeline; the servlet adapter runs each request through it (Flask's {@code wsgi_app}). */
    public Dispatcher dispatcher() {
        return dispatcher;
    }

    // ---- responses and URLs --------------------------------------------------------------------

    /** Converts a view's return value to a response; Flask's {@code make_response}. */
    public Response makeResponse(Object rv) {
        return dispatcher.makeResponse(rv);
    }

    /**
     * Builds a URL; Flask's {@code url_for}. The special keys {@code _external}, {@code _anchor},
     * {@code _method} and {@code _scheme} are honoured; unknown keys become query arguments.
     */
    public String urlFor(String endpoint, Map<String, ?> values) {
        return urls.urlFor(endpoint, values);
    }

    /** Runs the {@code url_defaults} functions of the app and the endpoint's blueprints; Flask's {@code inject_url_defaults}. */
    public void injectUrlDefaults(String endpoint, Map<String, Object> values) {
        dispatcher.injectUrlDefaults(endpoint, values);
    }

    // ---- serving and testing -------------------------------------------------------------------

    /**
     * A test client that keeps cookies; Flask's {@code test_client}. Requests go in-process through a
     * real {@code DispatcherServlet}; needs {@code spring-test} on the classpath.
     */
    public FlaskClient testClient() {
        DispatcherServlet servlet = testServlet;
        if (servlet == null) {
            synchronized (this) {
                if (testServlet == null) {
                    testServlet = FlaskClient.dispatcherServlet(this);
                }
                servlet = testServlet;
            }
        }
        return new FlaskClient(this, servlet);
    }

    /** Adds the names {@code f} returns to each {@code shell} session; Flask's {@code shell_context_processor}. */
    public void shellContextProcessor(Supplier<? extends Map<String, ?>> f) {
        shellContextProcessors.add(f);
    }

    /** The names a {@code shell} session starts with: {@code app}, {@code g}, the processors'; Flask's {@code make_shell_context}. */
    public Map<String, Object> makeShellContext() {
        Map<String, Object> names = new LinkedHashMap<>(Map.of("app", this, "g", Globals.g()));
        shellContextProcessors.forEach(f -> names.putAll(f.get()));
        return names;
    }

    /** Runs the app's commands in-process, capturing their output; Flask's {@code test_cli_runner}. */
    public FlaskCliRunner testCliRunner() {
        return new FlaskCliRunner(this);
    }

    /** Serves the app on embedded Tomcat and returns at once; port 0 picks a free port. */
    public FlaskServer start(String host, int port) {
        return start(host, port, RunOptions.defaults());
    }

    /** Serves the app on embedded Tomcat, over HTTPS if {@code options} say so, and returns at once. */
    public FlaskServer start(String host, int port, RunOptions options) {
        return FlaskServer.start(this, host, port, options);
    }

    /** Serves the app on embedded Tomcat until the JVM stops; Flask's {@code app.run}. */
    public void run(String host, int port) {
        run(host, port, RunOptions.defaults());
    }

    /**
     * Serves the app until the JVM stops, with debug mode, the reloader and HTTPS as {@code options} say; Flask's
     * {@code app.run(debug=..., use_reloader=..., ssl_context=...)}.
     */
    public void run(String host, int port, RunOptions options) {
        if (options.debug() != null) {
            setDebug(options.debug());
        }
        DevelopmentServer.run(this, host, port, options);
    }

    @Override
    public String toString() {
        return "<Flask '" + name + "'>";
    }
}
