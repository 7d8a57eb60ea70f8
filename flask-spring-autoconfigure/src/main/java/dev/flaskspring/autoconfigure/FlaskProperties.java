package dev.flaskspring.autoconfigure;

import dev.flaskspring.config.Config;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The {@code flask.*} properties, copied into {@code app.config()}: {@code flask.secret-key} (env
 * {@code FLASK_SECRET_KEY}) becomes {@code SECRET_KEY}. Any other {@code flask.some-key} becomes
 * {@code SOME_KEY} as text.
 */
@ConfigurationProperties(prefix = "flask")
public class FlaskProperties {

    /** The app's name (Flask's import name), used for its logger. */
    private String name = "app";
    /** SECRET_KEY: signs session cookies; set it to a long random value in production. */
    private String secretKey;
    /** SECRET_KEY_FALLBACKS: older secret keys still accepted for reading session cookies. */
    private List<String> secretKeyFallbacks;
    /** DEBUG: debug mode (exceptions propagate, pretty JSON, template reloading). */
    private Boolean debug;
    /** TESTING: testing mode (exceptions propagate to the test client). */
    private Boolean testing;
    /** PROPAGATE_EXCEPTIONS: rethrow unhandled exceptions instead of answering 500. */
    private Boolean propagateExceptions;
    /** SERVER_NAME: host (and port) the app serves, used to build URLs outside requests. */
    private String serverName;
    /** APPLICATION_ROOT: the path the app is mounted under. */
    private String applicationRoot;
    /** PREFERRED_URL_SCHEME: scheme of URLs built outside requests. */
    private String preferredUrlScheme;
    /** SESSION_COOKIE_NAME: the session cookie's name. */
    private String sessionCookieName;
    /** SESSION_COOKIE_DOMAIN: the session cookie's Domain attribute. */
    private String sessionCookieDomain;
    /** SESSION_COOKIE_PATH: the session cookie's Path (default APPLICATION_ROOT). */
    private String sessionCookiePath;
    /** SESSION_COOKIE_HTTPONLY: the session cookie's HttpOnly attribute. */
    private Boolean sessionCookieHttponly;
    /** SESSION_COOKIE_SECURE: the session cookie's Secure attribute. */
    private Boolean sessionCookieSecure;
    /** SESSION_COOKIE_SAMESITE: the session cookie's SameSite attribute (Strict, Lax, None). */
    private String sessionCookieSamesite;
    /** SESSION_COOKIE_PARTITIONED: the session cookie's Partitioned attribute. */
    private Boolean sessionCookiePartitioned;
    /** SESSION_REFRESH_EACH_REQUEST: resend a permanent session's cookie on every request. */
    private Boolean sessionRefreshEachRequest;
    /** PERMANENT_SESSION_LIFETIME: lifetime of permanent sessions, and the maximum age of any session cookie. */
    private Duration permanentSessionLifetime;
    /** MAX_CONTENT_LENGTH: the largest request body accepted, in bytes (413 above). */
    private Long maxContentLength;
    /** MAX_FORM_MEMORY_SIZE: the largest non-file form field, in bytes. */
    private Long maxFormMemorySize;
    /** MAX_FORM_PARTS: the most parts a multipart form may have. */
    private Integer maxFormParts;
    /** SEND_FILE_MAX_AGE_DEFAULT: Cache-Control max age of static files. */
    private Duration sendFileMaxAgeDefault;
    /** TEMPLATES_AUTO_RELOAD: reload templates when they change (default: debug). */
    private Boolean templatesAutoReload;
    /** EXPLAIN_TEMPLATE_LOADING: log where each template was looked for. */
    private Boolean explainTemplateLoading;
    /** TEMPLATE_ENGINE: the template engine, "mustache" or "jinja" (default: the engine module on the classpath, else mustache). */
    private String templateEngine;
    /** TRAP_HTTP_EXCEPTIONS: raise HTTP errors instead of answering with them. */
    private Boolean trapHttpExceptions;
    /** TRAP_BAD_REQUEST_ERRORS: raise bad-request errors instead of answering 400. */
    private Boolean trapBadRequestErrors;
    /** MAX_COOKIE_SIZE: warn when a cookie header is larger than this. */
    private Integer maxCookieSize;
    /** PROVIDE_AUTOMATIC_OPTIONS: answer OPTIONS automatically. */
    private Boolean provideAutomaticOptions;
    /** TRUSTED_HOSTS: the hosts the app answers; others get 400. */
    private List<String> trustedHosts;
    /** Run views that return a Callable on virtual threads (Java 21 and later); not a config key. */
    private boolean virtualThreads;

    /**
     * Copies the set properties into {@code config}: first every {@code flask.*} entry as text under
     * its upper-case name, then the typed ones above.
     */
    public void copyInto(Config config, Map<String, Object> allFlaskProperties) {
        allFlaskProperties.forEach((key, value) -> {
            if (!key.equals("name") && !key.equals("virtual-threads") && !(value instanceof Map<?, ?>)) {
                config.put(configKey(key), value);
            }
        });
        putIfSet(config, "SECRET_KEY", secretKey);
        putIfSet(config, "SECRET_KEY_FALLBACKS", secretKeyFallbacks);
        putIfSet(config, "DEBUG", debug);
        putIfSet(config, "TESTING", testing);
        putIfSet(config, "PROPAGATE_EXCEPTIONS", propagateExceptions);
        putIfSet(config, "SERVER_NAME", serverName);
        putIfSet(config, "APPLICATION_ROOT", applicationRoot);
        putIfSet(config, "PREFERRED_URL_SCHEME", preferredUrlScheme);
        putIfSet(config, "SESSION_COOKIE_NAME", sessionCookieName);
        putIfSet(config, "SESSION_COOKIE_DOMAIN", sessionCookieDomain);
        putIfSet(config, "SESSION_COOKIE_PATH", sessionCookiePath);
        putIfSet(config, "SESSION_COOKIE_HTTPONLY", sessionCookieHttponly);
        putIfSet(config, "SESSION_COOKIE_SECURE", sessionCookieSecure);
        putIfSet(config, "SESSION_COOKIE_SAMESITE", sessionCookieSamesite);
        putIfSet(config, "SESSION_COOKIE_PARTITIONED", sessionCookiePartitioned);
        putIfSet(config, "SESSION_REFRESH_EACH_REQUEST", sessionRefreshEachRequest);
        putIfSet(config, "PERMANENT_SESSION_LIFETIME", permanentSessionLifetime);
        putIfSet(config, "MAX_CONTENT_LENGTH", maxContentLength);
        putIfSet(config, "MAX_FORM_MEMORY_SIZE", maxFormMemorySize);
        putIfSet(config, "MAX_FORM_PARTS", maxFormParts);
        putIfSet(config, "SEND_FILE_MAX_AGE_DEFAULT", sendFileMaxAgeDefault);
        putIfSet(config, "TEMPLATES_AUTO_RELOAD", templatesAutoReload);
        putIfSet(config, "EXPLAIN_TEMPLATE_LOADING", explainTemplateLoading);
        putIfSet(config, "TEMPLATE_ENGINE", templateEngine);
        putIfSet(config, "TRAP_HTTP_EXCEPTIONS", trapHttpExceptions);
        putIfSet(config, "TRAP_BAD_REQUEST_ERRORS", trapBadRequestErrors);
        putIfSet(config, "MAX_COOKIE_SIZE", maxCookieSize);
        putIfSet(config, "PROVIDE_AUTOMATIC_OPTIONS", provideAutomaticOptions);
        putIfSet(config, "TRUSTED_HOSTS", trustedHosts);
    }

    /** {@code secret-key} → {@code SECRET_KEY}. */
    static String configKey(String propertyKey) {
        return propertyKey.replace('-', '_').replace('.', '_').toUpperCase(java.util.Locale.ROOT);
    }

    private static void putIfSet(Config config, String key, Object value) {
        if (value != null) {
            config.put(key, value);
        }
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getSecretKey() {
        return secretKey;
    }

    public void setSecretKey(String secretKey) {
        this.secretKey = secretKey;
    }

    public List<String> getSecretKeyFallbacks() {
        return secretKeyFallbacks;
    }

    public void setSecretKeyFallbacks(List<String> secretKeyFallbacks) {
        this.secretKeyFallbacks = secretKeyFallbacks;
    }

    public Boolean getDebug() {
        return debug;
    }

    public void setDebug(Boolean debug) {
        this.debug = debug;
    }

    public Boolean getTesting() {
        return testing;
    }

    public void setTesting(Boolean testing) {
        this.testing = testing;
    }

    public Boolean getPropagateExceptions() {
        return propagateExceptions;
    }

    public void setPropagateExceptions(Boolean propagateExceptions) {
        this.propagateExceptions = propagateExceptions;
    }

    public String getServerName() {
        return serverName;
    }

    public void setServerName(String serverName) {
        this.serverName = serverName;
    }

    public String getApplicationRoot() {
        return applicationRoot;
    }

    public void setApplicationRoot(String applicationRoot) {
        this.applicationRoot = applicationRoot;
    }

    public String getPreferredUrlScheme() {
        return preferredUrlScheme;
    }

    public void setPreferredUrlScheme(String preferredUrlScheme) {
        this.preferredUrlScheme = preferredUrlScheme;
    }

    public String getSessionCookieName() {
        return sessionCookieName;
    }

    public void setSessionCookieName(String sessionCookieName) {
        this.sessionCookieName = sessionCookieName;
    }

    public String getSessionCookieDomain() {
        return sessionCookieDomain;
    }

    public void setSessionCookieDomain(String sessionCookieDomain) {
        this.sessionCookieDomain = sessionCookieDomain;
    }

    public String getSessionCookiePath() {
        return sessionCookiePath;
    }

    public void setSessionCookiePath(String sessionCookiePath) {
        this.sessionCookiePath = sessionCookiePath;
    }

    public Boolean getSessionCookieHttponly() {
        return sessionCookieHttponly;
    }

    public void setSessionCookieHttponly(Boolean sessionCookieHttponly) {
        this.sessionCookieHttponly = sessionCookieHttponly;
    }

    public Boolean getSessionCookieSecure() {
        return sessionCookieSecure;
    }

    public void setSessionCookieSecure(Boolean sessionCookieSecure) {
        this.sessionCookieSecure = sessionCookieSecure;
    }

    public String getSessionCookieSamesite() {
        return sessionCookieSamesite;
    }

    public void setSessionCookieSamesite(String sessionCookieSamesite) {
        this.sessionCookieSamesite = sessionCookieSamesite;
    }

    public Boolean getSessionCookiePartitioned() {
        return sessionCookiePartitioned;
    }

    public void setSessionCookiePartitioned(Boolean sessionCookiePartitioned) {
        this.sessionCookiePartitioned = sessionCookiePartitioned;
    }

    public Boolean getSessionRefreshEachRequest() {
        return sessionRefreshEachRequest;
    }

    public void setSessionRefreshEachRequest(Boolean sessionRefreshEachRequest) {
        this.sessionRefreshEachRequest = sessionRefreshEachRequest;
    }

    public Duration getPermanentSessionLifetime() {
        return permanentSessionLifetime;
    }

    public void setPermanentSessionLifetime(Duration permanentSessionLifetime) {
        this.permanentSessionLifetime = permanentSessionLifetime;
    }

    public Long getMaxContentLength() {
        return maxContentLength;
    }

    public void setMaxContentLength(Long maxContentLength) {
        this.maxContentLength = maxContentLength;
    }

    public Long getMaxFormMemorySize() {
        return maxFormMemorySize;
    }

    public void setMaxFormMemorySize(Long maxFormMemorySize) {
        this.maxFormMemorySize = maxFormMemorySize;
    }

    public Integer getMaxFormParts() {
        return maxFormParts;
    }

    public void setMaxFormParts(Integer maxFormParts) {
        this.maxFormParts = maxFormParts;
    }

    public Duration getSendFileMaxAgeDefault() {
        return sendFileMaxAgeDefault;
    }

    public void setSendFileMaxAgeDefault(Duration sendFileMaxAgeDefault) {
        this.sendFileMaxAgeDefault = sendFileMaxAgeDefault;
    }

    public Boolean getTemplatesAutoReload() {
        return templatesAutoReload;
    }

    public void setTemplatesAutoReload(Boolean templatesAutoReload) {
        this.templatesAutoReload = templatesAutoReload;
    }

    public Boolean getExplainTemplateLoading() {
        return explainTemplateLoading;
    }

    public void setExplainTemplateLoading(Boolean explainTemplateLoading) {
        this.explainTemplateLoading = explainTemplateLoading;
    }

    public String getTemplateEngine() {
        return templateEngine;
    }

    public void setTemplateEngine(String templateEngine) {
        this.templateEngine = templateEngine;
    }

    public Boolean getTrapHttpExceptions() {
        return trapHttpExceptions;
    }

    public void setTrapHttpExceptions(Boolean trapHttpExceptions) {
        this.trapHttpExceptions = trapHttpExceptions;
    }

    public Boolean getTrapBadRequestErrors() {
        return trapBadRequestErrors;
    }

    public void setTrapBadRequestErrors(Boolean trapBadRequestErrors) {
        this.trapBadRequestErrors = trapBadRequestErrors;
    }

    public Integer getMaxCookieSize() {
        return maxCookieSize;
    }

    public void setMaxCookieSize(Integer maxCookieSize) {
        this.maxCookieSize = maxCookieSize;
    }

    public Boolean getProvideAutomaticOptions() {
        return provideAutomaticOptions;
    }

    public void setProvideAutomaticOptions(Boolean provideAutomaticOptions) {
        this.provideAutomaticOptions = provideAutomaticOptions;
    }

    public List<String> getTrustedHosts() {
        return trustedHosts;
    }

    public void setTrustedHosts(List<String> trustedHosts) {
        this.trustedHosts = trustedHosts;
    }

    public boolean isVirtualThreads() {
        return virtualThreads;
    }

    public void setVirtualThreads(boolean virtualThreads) {
        this.virtualThreads = virtualThreads;
    }
}
