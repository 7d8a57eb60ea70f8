package dev.flaskspring;

import dev.flaskspring.exceptions.HTTPException;
import dev.flaskspring.helpers.StaticFiles;
import dev.flaskspring.pipeline.ErrorHandlerSpec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * A group of routes and hooks registered on an app under a name, a URL prefix and a subdomain;
 * Flask's {@code Blueprint}.
 * <p>Nothing of a blueprint sits on the request path: it records what is registered on it and
 * replays that on the app when registered, merging its hooks under its dotted name.
 */
public class Blueprint extends Scaffold {

    private final BlueprintOptions options;
    private final List<Consumer<BlueprintSetupState>> deferredFunctions = new ArrayList<>();
    private final List<Map.Entry<Blueprint, BlueprintOptions>> children = new ArrayList<>();
    private boolean registeredOnce;

    /** A blueprint named {@code name}; Flask's {@code Blueprint(name, __name__)}. */
    public Blueprint(String name) {
        this(name, BlueprintOptions.none());
    }

    /** A blueprint whose rules all start with {@code urlPrefix}. */
    public Blueprint(String name, String urlPrefix) {
        this(name, BlueprintOptions.builder().urlPrefix(urlPrefix).build());
    }

    /** A blueprint with options (prefix, subdomain, URL defaults, folders, command group). */
    public Blueprint(String name, BlueprintOptions options) {
        super(name);
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("'name' may not be empty.");
        }
        if (name.contains(".")) {
            throw new IllegalArgumentException("'name' may not contain a dot '.' character.");
        }
        this.options = options;
    }

    /** The URL prefix, or null. */
    public String urlPrefix() {
        return options.urlPrefix();
    }

    /** The subdomain, or null. */
    public String subdomain() {
        return options.subdomain();
    }

    /** The options given at creation. */
    public BlueprintOptions options() {
        return options;
    }

    /** Defaults for the variables of every rule; Flask's {@code url_values_defaults}. */
    public Map<String, Object> urlValuesDefaults() {
        return options.urlDefaults() == null ? Map.of() : options.urlDefaults();
    }

    @Override
    String staticFolderOption() {
        return options.staticFolder();
    }

    @Override
    String staticUrlPathOption() {
        return options.staticUrlPath();
    }

    /**
     * How long clients may cache a static file of the blueprint, or null for {@code no-cache}; Flask's
     * {@code Blueprint.get_send_file_max_age}: the current app's {@code SEND_FILE_MAX_AGE_DEFAULT}. Override it to
     * choose per file.
     */
    public Duration getSendFileMaxAge(String filename) {
        return Globals.currentApp().config().getDuration("SEND_FILE_MAX_AGE_DEFAULT");
    }

    /** Serves a file of the blueprint's static folder; Flask's {@code Blueprint.send_static_file}. */
    public dev.flaskspring.wrappers.Response sendStaticFile(Flask app, String filename) {
        SendFileOptions options = SendFileOptions.builder().maxAge(getSendFileMaxAge(filename)).build();
        dev.flaskspring.ctx.RequestContext ctx = dev.flaskspring.ctx.RequestContext.current();
        return StaticFiles.send(app.rootPath(), this.options.staticFolder(), filename, options,
                ctx == null ? null : ctx.request());
    }

    @Override
    void ensureSetupOpen(String method) {
        if (registeredOnce) {
            throw new IllegalStateException("The setup method '" + method + "' can no longer be called on the"
                    + " blueprint '" + name + "'. It has already been registered at least once, any changes will not"
                    + " be applied consistently.\nMake sure all imports, decorators, functions, etc. needed to set up"
                    + " the blueprint are done before registering it.");
        }
    }

    /**
     * Records {@code f} to run each time the blueprint is registered on an app, with the registration's state;
     * Flask's {@code record}. Extensions use it to set themselves up on the app.
     */
    public void record(Consumer<BlueprintSetupState> f) {
        ensureSetupOpen("record");
        deferredFunctions.add(f);
    }

    /** Records {@code f} to run on the blueprint's first registration only; Flask's {@code record_once}. */
    public void recordOnce(Consumer<BlueprintSetupState> f) {
        ensureSetupOpen("recordOnce");
        deferredFunctions.add(state -> {
            if (state.firstRegistration()) {
                f.accept(state);
            }
        });
    }

    @Override
    public void addUrlRule(String rule, String endpoint, View view, RuleOptions options) {
        ensureSetupOpen("addUrlRule");
        if (endpoint == null) {
            throw new IllegalArgumentException("An endpoint name is required for rule '" + rule + "'.");
        }
        if (endpoint.contains(".")) {
            throw new IllegalArgumentException("'endpoint' may not contain a dot '.' character.");
        }
        record(state -> state.addUrlRule(rule, endpoint, view, options));
    }

    /** Registers {@code child} on this blueprint; its names and prefixes nest under this one's; Flask's {@code register_blueprint}. */
    public void registerBlueprint(Blueprint child) {
        registerBlueprint(child, BlueprintOptions.none());
    }

    /** Registers {@code child} on this blueprint with options. */
    public void registerBlueprint(Blueprint child, BlueprintOptions options) {
        ensureSetupOpen("registerBlueprint");
        if (child == this) {
            throw new IllegalArgumentException("Cannot register a blueprint on itself");
        }
        children.add(Map.entry(child, options));
    }

    // ---- app-wide hooks registered from the blueprint -------------------------------------------

    /** Runs {@code f} before every request of the app; Flask's {@code before_app_request}. */
    public void beforeAppRequest(BeforeRequest f) {
        ensureSetupOpen("beforeAppRequest");
        recordOnce(s -> s.app().registry.beforeRequest().add(null, f));
    }

    /** Runs {@code f} after every request of the app; Flask's {@code after_app_request}. */
    public void afterAppRequest(AfterRequest f) {
        ensureSetupOpen("afterAppRequest");
        recordOnce(s -> s.app().registry.afterRequest().add(null, f));
    }

    /** Runs {@code f} when every request of the app ends; Flask's {@code teardown_app_request}. */
    public void teardownAppRequest(Teardown f) {
        ensureSetupOpen("teardownAppRequest");
        recordOnce(s -> s.app().registry.teardownRequest().add(null, f));
    }

    /** Handles status {@code code} for the whole app; Flask's {@code app_errorhandler}. */
    public void appErrorHandler(int code, ErrorHandler<? super HTTPException> f) {
        ensureSetupOpen("appErrorHandler");
        recordOnce(s -> s.app().registry.errorHandlers().register(null, ErrorHandlerSpec.keyFor(code), f));
    }

    /** Handles exceptions of {@code type} for the whole app; Flask's {@code app_errorhandler}. */
    public <T extends Throwable> void appErrorHandler(Class<T> type, ErrorHandler<? super T> f) {
        ensureSetupOpen("appErrorHandler");
        recordOnce(s -> s.app().registry.errorHandlers().register(null, ErrorHandlerSpec.keyFor(type), f));
    }

    /** Adds values to every template of the app; Flask's {@code app_context_processor}. */
    public void appContextProcessor(Supplier<? extends Map<String, ?>> f) {
        ensureSetupOpen("appContextProcessor");
        recordOnce(s -> s.app().registry.contextProcessors().add(null, f));
    }

    /** Preprocesses URL values of every request of the app; Flask's {@code app_url_value_preprocessor}. */
    public void appUrlValuePreprocessor(UrlValuePreprocessor f) {
        ensureSetupOpen("appUrlValuePreprocessor");
        recordOnce(s -> s.app().registry.urlValuePreprocessors().add(null, f));
    }

    /** Fills values of every URL the app builds; Flask's {@code app_url_defaults}. */
    public void appUrlDefaults(UrlDefaults f) {
        ensureSetupOpen("appUrlDefaults");
        recordOnce(s -> s.app().registry.urlDefaults().add(null, f));
    }

    /** Makes {@code value} available in every template of the app; Flask's {@code app_template_global}. */
    public void appTemplateGlobal(String name, Object value) {
        ensureSetupOpen("appTemplateGlobal");
        recordOnce(s -> s.app().registry.templateGlobals().put(name, value));
    }

    @Override
    public void templateGlobal(String name, Object value) {
        appTemplateGlobal(name, value);
    }

    /** Makes {@code f} a filter of every template of the app; Flask's {@code app_template_filter}. */
    public void appTemplateFilter(String name, TemplateFilter f) {
        ensureSetupOpen("appTemplateFilter");
        recordOnce(s -> s.app().registry.templateFilters().put(name, f));
    }

    /** Makes {@code t} a test of every template of the app; Flask's {@code app_template_test}. */
    public void appTemplateTest(String name, TemplateTest t) {
        ensureSetupOpen("appTemplateTest");
        recordOnce(s -> s.app().registry.templateTests().put(name, t));
    }

    @Override
    public void templateFilter(String name, TemplateFilter f) {
        appTemplateFilter(name, f);
    }

    @Override
    public void templateTest(String name, TemplateTest t) {
        appTemplateTest(name, t);
    }

    // ---- registration ---------------------------------------------------------------------------

    /** Registers this blueprint (and its children) on {@code app}; Flask's {@code Blueprint.register}. */
    void register(Flask app, BlueprintOptions opts) {
        String namePrefix = opts.namePrefix() == null ? "" : opts.namePrefix();
        String selfName = opts.name() != null ? opts.name() : name;
        String fullName = (namePrefix + "." + selfName).replaceFirst("^\\.+", "");
        Map<String, Blueprint> registered = app.blueprintRegistry();
        Blueprint existing = registered.get(fullName);
        if (existing != null) {
            String desc = existing == this ? "this" : "a different";
            String at = selfName.equals(fullName) ? "" : " '" + fullName + "'";
            throw new IllegalArgumentException("The name '" + selfName + "' is already registered for " + desc
                    + " blueprint" + at + ". Use 'name=' to provide a unique name.");
        }
        boolean firstBlueprintRegistration = !registered.containsValue(this);
        registered.put(fullName, this);
        registeredOnce = true;
        BlueprintSetupState state = new BlueprintSetupState(this, app, opts, firstBlueprintRegistration);
        if (StaticFiles.exists(app.rootPath(), options.staticFolder())) {
            state.addUrlRule(staticUrlPath() + "/<path:filename>", "static",
                    args -> sendStaticFile(app, args.getString("filename")), RuleOptions.none());
        }
        registry.mergeInto(app.registry, fullName);
        for (Consumer<BlueprintSetupState> deferred : deferredFunctions) {
            deferred.accept(state);
        }
        registerCommands(app, opts, fullName);
        for (Map.Entry<Blueprint, BlueprintOptions> child : children) {
            BlueprintOptions childOpts = child.getValue();
            Blueprint bp = child.getKey();
            String childSubdomain = childOpts.subdomain() != null ? childOpts.subdomain() : bp.subdomain();
            String subdomain;
            if (state.subdomain() != null && childSubdomain != null) {
                subdomain = childSubdomain + "." + state.subdomain();
            } else {
                subdomain = childSubdomain != null ? childSubdomain : state.subdomain();
            }
            String childPrefix = childOpts.urlPrefix() != null ? childOpts.urlPrefix() : bp.urlPrefix();
            String prefix;
            if (state.urlPrefix() != null && childPrefix != null) {
                prefix = state.urlPrefix().replaceAll("/+$", "") + "/" + childPrefix.replaceAll("^/+", "");
            } else {
                prefix = childPrefix != null ? childPrefix : state.urlPrefix();
            }
            bp.register(app, childOpts.withNesting(prefix, subdomain, fullName));
        }
    }

    /**
     * Adds this blueprint's commands to the app's: under the group {@code cliGroup} (by default the
     * registered name), or merged into the app's own group when it is the empty string (Flask's
     * {@code cli_group=None}); an empty group is left out.
     */
    private void registerCommands(Flask app, BlueprintOptions opts, String fullName) {
        if (cli.isEmpty()) {
            return;
        }
        String group = opts.cliGroup() != null ? opts.cliGroup() : options.cliGroup();
        if (group == null) {
            app.cli().addGroup(fullName, cli);
        } else if (group.isEmpty()) {
            app.cli().merge(cli);
        } else {
            app.cli().addGroup(group, cli);
        }
    }

    @Override
    public String toString() {
        return "<Blueprint '" + name + "'>";
    }
}
