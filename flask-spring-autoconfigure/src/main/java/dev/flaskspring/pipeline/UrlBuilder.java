package dev.flaskspring.pipeline;

import dev.flaskspring.Flask;
import dev.flaskspring.ctx.AppContext;
import dev.flaskspring.ctx.RequestContext;
import dev.flaskspring.exceptions.BuildError;
import dev.flaskspring.exceptions.SecurityError;
import dev.flaskspring.helpers.TrustedHosts;
import dev.flaskspring.routing.MapAdapter;
import dev.flaskspring.routing.RequestTarget;
import dev.flaskspring.routing.UrlMap;
import dev.flaskspring.urls.Urls;
import dev.flaskspring.wrappers.Request;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds an app's URLs and binds its URL map to requests; Flask's {@code url_for}, {@code create_url_adapter},
 * {@code inject_url_defaults} and {@code handle_url_build_error}.
 */
public final class UrlBuilder {

    private final Flask app;
    private final Dispatcher dispatcher;
    private final List<Flask.UrlBuildErrorHandler> buildErrorHandlers = new ArrayList<>();

    /** URL building for {@code app}, whose URL defaults functions {@code dispatcher} runs. */
    public UrlBuilder(Flask app, Dispatcher dispatcher) {
        this.app = app;
        this.dispatcher = dispatcher;
    }

    /** Adds a handler for failed builds; Flask's {@code url_build_error_handlers.append}. */
    public void addBuildErrorHandler(Flask.UrlBuildErrorHandler handler) {
        buildErrorHandlers.add(handler);
    }

    /**
     * The URL adapter for a request, or (with {@code SERVER_NAME} set) for no request; Flask's
     * {@code create_url_adapter}.
     *
     * @throws SecurityError when the request's host is not in {@code TRUSTED_HOSTS}
     */
    public MapAdapter createUrlAdapter(Request request) {
        UrlMap urlMap = app.urlMap();
        String serverName = configString("SERVER_NAME");
        if (request != null) {
            Object trusted = app.config().get("TRUSTED_HOSTS");
            if (trusted != null && !TrustedHosts.isTrusted(request.host(), trusted)) {
                throw new SecurityError("Host '" + request.host() + "' is not trusted.");
            }
            String subdomain = null;
            if (urlMap.isHostMatching()) {
                serverName = null;
            } else if (!app.options().subdomainMatching()) {
                subdomain = urlMap.defaultSubdomain() == null ? "" : urlMap.defaultSubdomain();
            }
            RequestTarget target = new RequestTarget(request.scheme(), request.host(), request.scriptRoot(),
                    request.path(), request.method(), request.queryString());
            return urlMap.bindToEnviron(target, serverName, subdomain);
        }
        if (serverName != null) {
            return urlMap.bind(serverName, configString("APPLICATION_ROOT"), null,
                    configString("PREFERRED_URL_SCHEME"), "GET", "/", null);
        }
        return null;
    }

    /**
     * Builds a URL; Flask's {@code url_for}. The special keys {@code _external}, {@code _anchor},
     * {@code _method} and {@code _scheme} are honoured; unknown keys become query arguments.
     */
    public String urlFor(String endpoint, Map<String, ?> values) {
        Map<String, Object> vals = new LinkedHashMap<>(values);
        String anchor = stringOrNull(vals.remove("_anchor"));
        String method = stringOrNull(vals.remove("_method"));
        String scheme = stringOrNull(vals.remove("_scheme"));
        Object externalArg = vals.remove("_external");
        Boolean external = externalArg == null ? null : (Boolean) externalArg;
        RequestContext req = RequestContext.current();
        MapAdapter adapter;
        if (req != null && req.app() == app) {
            adapter = req.urlAdapter();
            String blueprint = req.request().blueprint();
            if (endpoint.startsWith(".")) {
                endpoint = blueprint != null ? blueprint + endpoint : endpoint.substring(1);
            }
            if (external == null) {
                external = scheme != null;
            }
        } else {
            AppContext appContext = AppContext.current();
            adapter = appContext != null && appContext.app() == app ? appContext.urlAdapter() : createUrlAdapter(null);
            if (adapter == null) {
                throw new IllegalStateException("Unable to build URLs outside an active request without"
                        + " 'SERVER_NAME' configured. Also configure 'APPLICATION_ROOT' and 'PREFERRED_URL_SCHEME'"
                        + " as needed.");
            }
            if (external == null) {
                external = true;
            }
        }
        if (scheme != null && !external) {
            throw new IllegalArgumentException("When specifying '_scheme', '_external' must be True.");
        }
        dispatcher.injectUrlDefaults(endpoint, vals);
        String rv;
        try {
            rv = adapter.build(endpoint, vals, method, external, true, scheme);
        } catch (BuildError error) {
            vals.put("_anchor", anchor);
            vals.put("_method", method);
            vals.put("_scheme", scheme);
            vals.put("_external", external);
            return handleBuildError(error, endpoint, vals);
        }
        if (anchor != null) {
            rv = rv + "#" + Urls.quote(anchor, "%!#$&'()*+,/:;=?@");
        }
        return rv;
    }

    private String handleBuildError(BuildError error, String endpoint, Map<String, Object> values) {
        for (Flask.UrlBuildErrorHandler handler : buildErrorHandlers) {
            String rv = handler.apply(error, endpoint, values);
            if (rv != null) {
                return rv;
            }
        }
        throw error;
    }

    private String configString(String key) {
        return stringOrNull(app.config().get(key));
    }

    private static String stringOrNull(Object o) {
        return o == null ? null : o.toString();
    }
}
