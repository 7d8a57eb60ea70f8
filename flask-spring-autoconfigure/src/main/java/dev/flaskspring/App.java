package dev.flaskspring;

import dev.flaskspring.config.Config;
import dev.flaskspring.json.JsonProvider;
import dev.flaskspring.routing.UrlMap;
import dev.flaskspring.sessions.SecureCookieSessionInterface;
import dev.flaskspring.sessions.SessionInterface;
import dev.flaskspring.signals.FlaskEvent;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * What an application is before it serves: its folders, config, URL map, blueprints, extensions, JSON, sessions and
 * where its events go; Flask's {@code sansio.app.App}, which {@link Flask} extends with the request pipeline,
 * contexts, URL building, templates, serving and testing.
 */
public abstract class App extends Scaffold {

    private final AppOptions options;
    private final Path rootPath;
    private final Path instancePath;
    private final Config config;
    private final UrlMap urlMap;
    private final Map<String, Blueprint> blueprints = new LinkedHashMap<>();
    private final Map<String, Object> extensions = new LinkedHashMap<>();
    private JsonProvider json;
    private SessionInterface sessionInterface = new SecureCookieSessionInterface();
    private volatile Consumer<? super FlaskEvent> eventPublisher;
    private volatile Predicate<Class<? extends FlaskEvent>> publishedEvents = type -> false;

    App(String importName, AppOptions options) {
        super(importName);
        this.options = options;
        this.rootPath = options.rootPath() != null ? Path.of(options.rootPath()).toAbsolutePath()
                : Path.of("").toAbsolutePath();
        if (options.instancePath() != null && !Path.of(options.instancePath()).isAbsolute()) {
            throw new IllegalArgumentException("If an instance path is provided it must be absolute. A relative path"
                    + " was given instead.");
        }
        this.instancePath = options.instancePath() != null ? Path.of(options.instancePath())
                : rootPath.resolve("instance");
        this.config = new Config(options.instanceRelativeConfig() ? instancePath : rootPath);
        config.put("DEBUG", debugFlag(System.getenv("FLASK_DEBUG")));
        this.urlMap = new UrlMap();
        this.urlMap.setHostMatching(options.hostMatching());
    }

    /** {@code FLASK_DEBUG} read as Flask's {@code get_debug_flag}: set and not 0/false/no. */
    static boolean debugFlag(String value) {
        return value != null && !value.isEmpty()
                && !Set.of("0", "false", "no").contains(value.toLowerCase(Locale.ROOT));
    }

    /** The configuration; Flask's {@code app.config}. */
    public Config config() {
        return config;
    }

    /** The constructor options. */
    public AppOptions options() {
        return options;
    }

    /** Whether debug mode is on ({@code DEBUG}); Flask's {@code app.debug}. */
    public boolean isDebug() {
        return config.getBoolean("DEBUG");
    }

    /** Sets {@code DEBUG}. */
    public void setDebug(boolean debug) {
        config.put("DEBUG", debug);
    }

    /** Whether testing mode is on ({@code TESTING}); Flask's {@code app.testing}. */
    public boolean isTesting() {
        return config.getBoolean("TESTING");
    }

    /** Sets {@code TESTING}. */
    public void setTesting(boolean testing) {
        config.put("TESTING", testing);
    }

    /** The URL map; Flask's {@code app.url_map}. */
    public UrlMap urlMap() {
        return urlMap;
    }

    /** Registered blueprints by name; Flask's {@code app.blueprints}. */
    public Map<String, Blueprint> blueprints() {
        return Collections.unmodifiableMap(blueprints);
    }

    /** Extension state by name; Flask's {@code app.extensions}. */
    public Map<String, Object> extensions() {
        return extensions;
    }

    /** The JSON provider; Flask's {@code app.json}. */
    public JsonProvider json() {
        return json;
    }

    /** Replaces the JSON provider. */
    public void setJson(JsonProvider json) {
        this.json = json;
    }

    /** How sessions are opened and saved; Flask's {@code session_interface}. */
    public SessionInterface sessionInterface() {
        return sessionInterface;
    }

    /** Replaces the session interface. */
    public void sessionInterface(SessionInterface sessionInterface) {
        this.sessionInterface = sessionInterface;
    }

    /** Where every signal event is also published (Spring's event publisher under Boot), or null. */
    public Consumer<? super FlaskEvent> eventPublisher() {
        return eventPublisher;
    }

    /** Publishes every signal event to {@code publisher} as well (null to stop). */
    public void setEventPublisher(Consumer<? super FlaskEvent> publisher) {
        setEventPublisher(publisher, type -> true);
    }

    /**
     * Publishes to {@code publisher} the signal events of the types {@code wanted} accepts (the types someone
     * listens to), so the others are never made; null stops publishing.
     */
    public void setEventPublisher(Consumer<? super FlaskEvent> publisher, Predicate<Class<? extends FlaskEvent>> wanted) {
        this.eventPublisher = publisher;
        this.publishedEvents = publisher == null ? type -> false : wanted;
    }

    /** Whether events of {@code type} go to the event publisher. */
    public boolean publishesEvents(Class<? extends FlaskEvent> type) {
        return publishedEvents.test(type);
    }


    /** The app's root folder; Flask's {@code root_path}. */
    public Path rootPath() {
        return rootPath;
    }

    /** The instance folder; Flask's {@code instance_path}. */
    public Path instancePath() {
        return instancePath;
    }


    Map<String, Blueprint> blueprintRegistry() {
        return blueprints;
    }
}
