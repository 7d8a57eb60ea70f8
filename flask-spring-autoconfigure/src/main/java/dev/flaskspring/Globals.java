package dev.flaskspring;

import dev.flaskspring.ctx.AppContext;
import dev.flaskspring.ctx.G;
import dev.flaskspring.ctx.RequestContext;
import dev.flaskspring.exceptions.Aborter;
import dev.flaskspring.exceptions.HTTPException;
import dev.flaskspring.exceptions.RedirectPage;
import dev.flaskspring.helpers.SendFile;
import dev.flaskspring.helpers.StaticFiles;
import dev.flaskspring.pipeline.ContextIterator;
import dev.flaskspring.sessions.Session;
import dev.flaskspring.sessions.TupleList;
import dev.flaskspring.signals.AppEvents;
import dev.flaskspring.signals.MessageFlashed;
import dev.flaskspring.signals.Signals;
import dev.flaskspring.templating.Macro;
import dev.flaskspring.wrappers.Request;
import dev.flaskspring.wrappers.Response;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

/**
 * Flask's context globals and helper functions: {@code import static dev.flaskspring.Globals.*;}.
 * <p>{@code request()}, {@code session()}, {@code g()} and {@code currentApp()} read the contexts of the
 * current thread; outside them they throw {@link IllegalStateException} with Flask's message.
 */
public final class Globals {

    private static final String FLASHES = "_flashes";
    static final String NO_APP_CONTEXT = "Working outside of application context.\n\nThis typically means that you"
            + " attempted to use functionality that needed the current application. To solve this, set up an"
            + " application context with app.appContext(). See the documentation for more information.";
    static final String NO_REQUEST_CONTEXT = "Working outside of request context.\n\nThis typically means that you"
            + " attempted to use functionality that needed an active HTTP request. Consult the documentation on"
            + " testing for information about how to avoid this problem.";

    private Globals() {
    }

    // ---- context locals -----------------------------------------------------------------------

    /** The current request context; Flask's {@code request_ctx}. */
    public static RequestContext requestContext() {
        RequestContext ctx = RequestContext.current();
        if (ctx == null) {
            throw new IllegalStateException(NO_REQUEST_CONTEXT);
        }
        return ctx;
    }

    /** The current request; Flask's {@code request}. */
    public static Request request() {
        return requestContext().request();
    }

    /** The current session (marks it accessed); Flask's {@code session}. */
    public static Session session() {
        return requestContext().sessionHolder().session();
    }

    /** The current app context's {@code g}; Flask's {@code g}. */
    public static G g() {
        return appContext().g();
    }

    /** The current app; Flask's {@code current_app}. */
    public static Flask currentApp() {
        return appContext().app();
    }

    private static AppContext appContext() {
        AppContext ctx = AppContext.current();
        if (ctx == null) {
            throw new IllegalStateException(NO_APP_CONTEXT);
        }
        return ctx;
    }

    /** Whether a request context is active; Flask's {@code has_request_context}. */
    public static boolean hasRequestContext() {
        return RequestContext.current() != null;
    }

    /** Whether an app context is active; Flask's {@code has_app_context}. */
    public static boolean hasAppContext() {
        return AppContext.current() != null;
    }

    // ---- flashing -------------------------------------------------------------------------------

    /** Stores {@code message} for the next request, category {@code "message"}; Flask's {@code flash}. */
    public static void flash(String message) {
        flash(message, "message");
    }

    /**
     * Stores {@code message} with {@code category} for the next request, as Flask does: appended to the
     * session's {@code _flashes} list as a {@code (category, message)} tuple; Flask's {@code flash}.
     */
    public static void flash(Object message, String category) {
        Session session = session();
        List<Object> flashes = new ArrayList<>();
        Object existing = session.get(FLASHES);
        if (existing instanceof List<?> list) {
            flashes.addAll(list);
        }
        flashes.add(TupleList.of(category, message));
        session.put(FLASHES, flashes);
        Flask app = currentApp();
        AppEvents.send(app, Signals.MESSAGE_FLASHED, MessageFlashed.class,
                () -> new MessageFlashed(app, String.valueOf(message), category));
    }

    /**
     * The messages flashed for this request, removed from the session on first call (later calls in
     * the same request return them again); Flask's {@code get_flashed_messages()}.
     */
    public static List<String> getFlashedMessages() {
        List<String> out = new ArrayList<>();
        for (List<?> pair : flashes(new String[0])) {
            out.add(String.valueOf(pair.get(1)));
        }
        return out;
    }

    /**
     * The flashed messages, optionally only of some categories; with {@code withCategories} each entry is
     * a {@code [category, message]} pair (Flask's tuple), otherwise the message;
     * Flask's {@code get_flashed_messages(with_categories, category_filter)}.
     */
    public static List<Object> getFlashedMessages(boolean withCategories, String... categoryFilter) {
        List<Object> out = new ArrayList<>();
        for (List<?> pair : flashes(categoryFilter)) {
            out.add(withCategories ? pair : pair.get(1));
        }
        return out;
    }

    private static List<List<?>> flashes(String[] categoryFilter) {
        RequestContext ctx = requestContext();
        List<List<?>> flashes = ctx.flashes();
        if (flashes == null) {
            flashes = new ArrayList<>();
            Session session = session();
            if (session.containsKey(FLASHES)) {
                Object stored = session.remove(FLASHES);
                if (stored instanceof List<?> list) {
                    for (Object item : list) {
                        if (item instanceof List<?> pair && pair.size() == 2) {
                            flashes.add(pair);
                        }
                    }
                }
            }
            ctx.setFlashes(flashes);
        }
        if (categoryFilter.length == 0) {
            return flashes;
        }
        List<String> wanted = List.of(categoryFilter);
        List<List<?>> filtered = new ArrayList<>();
        for (List<?> pair : flashes) {
            if (wanted.contains(String.valueOf(pair.get(0)))) {
                filtered.add(pair);
            }
        }
        return filtered;
    }

    // ---- templates ------------------------------------------------------------------------------

    /** Renders a template with alternating keys and values; Flask's {@code render_template}. */
    public static String renderTemplate(String name, Object... keysAndValues) {
        return renderTemplate(name, pairs(keysAndValues));
    }

    /** Renders a template with a context map; Flask's {@code render_template}. */
    public static String renderTemplate(String name, Map<String, ?> context) {
        return currentApp().templates().render(name, context);
    }

    /** A template rendered as the response is written, for a streamed body; Flask's {@code stream_template}. */
    public static Iterator<String> streamTemplate(String name, Object... keysAndValues) {
        return streamTemplate(name, pairs(keysAndValues));
    }

    /** {@link #streamTemplate(String, Object...)} with a context map. */
    public static Iterator<String> streamTemplate(String name, Map<String, ?> context) {
        return currentApp().templates().stream(name, context);
    }

    /** Template source text rendered as the response is written; Flask's {@code stream_template_string}. */
    public static Iterator<String> streamTemplateString(String source, Object... keysAndValues) {
        return streamTemplateString(source, pairs(keysAndValues));
    }

    /** {@link #streamTemplateString(String, Object...)} with a context map. */
    public static Iterator<String> streamTemplateString(String source, Map<String, ?> context) {
        return currentApp().templates().streamString(source, context);
    }

    /**
     * A top-level variable of a template, or its macro as an object for {@link #callMacro}; Flask's
     * {@code get_template_attribute}. Needs an engine with macros (Jinja).
     */
    public static Object getTemplateAttribute(String template, String attribute) {
        return currentApp().templates().engine().getTemplateAttribute(template, attribute);
    }

    /** Calls a macro {@link #getTemplateAttribute} returned, with positional arguments, and returns its output. */
    public static String callMacro(Object macro, Object... args) {
        if (!(macro instanceof Macro m)) {
            throw new IllegalArgumentException("Not a template macro: " + macro);
        }
        return m.call(args);
    }

    /** Renders template source text with alternating keys and values; Flask's {@code render_template_string}. */
    public static String renderTemplateString(String source, Object... keysAndValues) {
        return renderTemplateString(source, pairs(keysAndValues));
    }

    /** Renders template source text with a context map; Flask's {@code render_template_string}. */
    public static String renderTemplateString(String source, Map<String, ?> context) {
        return currentApp().templates().renderString(source, context);
    }

    // ---- URLs and responses --------------------------------------------------------------------

    /** The URL of {@code endpoint} with alternating keys and values; Flask's {@code url_for}. */
    public static String urlFor(String endpoint, Object... keysAndValues) {
        return urlFor(endpoint, pairs(keysAndValues));
    }

    /** The URL of {@code endpoint} with {@code values}; Flask's {@code url_for}. */
    public static String urlFor(String endpoint, Map<String, ?> values) {
        return currentApp().urlFor(endpoint, values);
    }

    /** A 302 redirect to {@code location}; Flask's {@code redirect}. */
    public static Response redirect(String location) {
        return redirect(location, 302);
    }

    /**
     * A redirect with {@code code} to {@code location}, with Werkzeug's short HTML body; Flask's
     * {@code redirect}, which asks the current app ({@link Flask#redirect}) when there is one.
     */
    public static Response redirect(String location, int code) {
        AppContext ctx = AppContext.current();
        return ctx != null ? ctx.app().redirect(location, code) : RedirectPage.response(location, code);
    }

    /** Raises the HTTP error for {@code code} (the current app's {@link Flask#aborter} when there is one); Flask's {@code abort(code)}. */
    public static HTTPException abort(int code) {
        return abort(code, null);
    }

    /** Raises the HTTP error for {@code code} with a description; Flask's {@code abort(code, description)}. */
    public static HTTPException abort(int code, String description) {
        AppContext ctx = AppContext.current();
        throw ctx != null ? ctx.app().aborter().exception(code, description) : Aborter.forCode(code, description);
    }

    /** Ends the request with {@code response}; Flask's {@code abort(response)}. */
    public static HTTPException abort(Response response) {
        throw new HTTPException(response);
    }

    /** An empty 200 response; Flask's {@code make_response()}. */
    public static Response makeResponse() {
        currentApp();
        return new Response();
    }

    /** A response from any view return value; Flask's {@code make_response(body)}. */
    public static Response makeResponse(Object body) {
        return currentApp().makeResponse(body);
    }

    /** A response with a status; Flask's {@code make_response(body, status)}. */
    public static Response makeResponse(Object body, int status) {
        Response response = makeResponse(body);
        response.setStatusCode(status);
        return response;
    }

    /** A response with headers (replacing same-named ones); Flask's {@code make_response(body, headers)}. */
    public static Response makeResponse(Object body, Map<String, ?> headers) {
        Response response = makeResponse(body);
        response.headers().update(headers);
        return response;
    }

    /** A response with a status and headers (replacing same-named ones); Flask's {@code make_response(body, status, headers)}. */
    public static Response makeResponse(Object body, int status, Map<String, ?> headers) {
        Response response = makeResponse(body, status);
        response.headers().update(headers);
        return response;
    }

    /** A JSON response of {@code value}; Flask's {@code jsonify(value)}. */
    public static Response jsonify(Object value) {
        return currentApp().json().response(value);
    }

    /** A JSON object response of alternating keys and values; Flask's {@code jsonify(**kwargs)}. */
    public static Response jsonify(Object... keysAndValues) {
        if (keysAndValues.length == 1) {
            return jsonify(keysAndValues[0]);
        }
        return jsonify((Object) pairs(keysAndValues));
    }

    /** Sends a file; Flask's {@code send_file(path, ...)}. Max age defaults to {@code SEND_FILE_MAX_AGE_DEFAULT}. */
    public static Response sendFile(java.nio.file.Path file, SendFileOptions options) {
        Flask app = currentApp();
        java.nio.file.Path path = app.rootPath().resolve(file);
        if (!java.nio.file.Files.isRegularFile(path)) {
            throw new dev.flaskspring.exceptions.NotFound();
        }
        return SendFile.send(SendFile.of(path), withDefaultMaxAge(app, options), currentRequestOrNull());
    }

    /** Sends a stream, named by {@code options.downloadName()} or typed by {@code mimetype}; Flask's {@code send_file(file, ...)}. */
    public static Response sendFile(java.io.InputStream stream, SendFileOptions options) {
        return SendFile.send(SendFile.of(stream, options.downloadName()), withDefaultMaxAge(currentApp(), options),
                currentRequestOrNull());
    }

    /**
     * Sends {@code path} from inside {@code directory} (relative to the app's root, or on the classpath),
     * refusing paths that leave it with 404; Flask's {@code send_from_directory}.
     */
    public static Response sendFromDirectory(String directory, String path) {
        return sendFromDirectory(directory, path, SendFileOptions.defaults());
    }

    /** {@link #sendFromDirectory(String, String)} with options. */
    public static Response sendFromDirectory(String directory, String path, SendFileOptions options) {
        Flask app = currentApp();
        return StaticFiles.send(app.rootPath(), directory, path, withDefaultMaxAge(app, options), currentRequestOrNull());
    }

    private static SendFileOptions withDefaultMaxAge(Flask app, SendFileOptions o) {
        if (o.maxAge() != null || StaticFiles.maxAge(app) == null) {
            return o;
        }
        return new SendFileOptions(o.mimetype(), o.asAttachment(), o.downloadName(), o.conditional(), o.etag(),
                o.etagValue(), o.lastModified(), StaticFiles.maxAge(app));
    }

    private static Request currentRequestOrNull() {
        RequestContext ctx = RequestContext.current();
        return ctx == null ? null : ctx.request();
    }

    /** Runs {@code f} on this request's response before the app's after-request functions; Flask's {@code after_this_request}. */
    public static AfterRequest afterThisRequest(AfterRequest f) {
        requestContext().afterRequestFunctions().add(f);
        return f;
    }

    /**
     * Wraps {@code task} so that, run on another thread, it sees this request's contexts; Flask's
     * {@code copy_current_request_context}.
     */
    public static <T> Callable<T> copyCurrentRequestContext(Callable<T> task) {
        RequestContext ctx = requestContext();
        return () -> {
            try (RequestContext copy = ctx.copy().push()) {
                return task.call();
            }
        };
    }

    /** A {@link Runnable} that runs with this request's contexts on another thread. */
    public static Runnable copyCurrentRequestContext(Runnable task) {
        Callable<Object> c = copyCurrentRequestContext(() -> {
            task.run();
            return null;
        });
        return () -> {
            try {
                c.call();
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };
    }

    /**
     * Keeps the request context available while {@code chunks} is iterated for the response body;
     * Flask's {@code stream_with_context}. The body is written before the context ends, so this
     * mainly documents intent and re-pushes the context for iteration on another thread.
     */
    public static <T> Iterator<T> streamWithContext(Iterator<T> chunks) {
        RequestContext ctx = requestContext();
        return new ContextIterator<>(ctx, chunks);
    }

    /** {@link #streamWithContext(Iterator)} for a supplier of the chunks, called inside the context. */
    public static <T> Iterator<T> streamWithContext(Supplier<Iterator<T>> chunks) {
        return streamWithContext(chunks.get());
    }

    static Map<String, Object> pairs(Object... keysAndValues) {
        if (keysAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("Expected alternating keys and values, got an odd number of arguments.");
        }
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put(String.valueOf(keysAndValues[i]), keysAndValues[i + 1]);
        }
        return map;
    }
}
