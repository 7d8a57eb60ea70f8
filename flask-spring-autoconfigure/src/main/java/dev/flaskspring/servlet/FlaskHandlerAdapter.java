package dev.flaskspring.servlet;

import dev.flaskspring.Flask;
import dev.flaskspring.ctx.AppContext;
import dev.flaskspring.ctx.RequestContext;
import dev.flaskspring.exceptions.ServiceUnavailable;
import dev.flaskspring.pipeline.Dispatcher;
import dev.flaskspring.pipeline.Dispatcher.Outcome;
import dev.flaskspring.wrappers.Response;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.task.AsyncTaskExecutor;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.web.context.request.async.AsyncRequestTimeoutException;
import org.springframework.web.context.request.async.AsyncWebRequest;
import org.springframework.web.context.request.async.DeferredResult;
import org.springframework.web.context.request.async.WebAsyncManager;
import org.springframework.web.context.request.async.WebAsyncUtils;
import org.springframework.web.servlet.HandlerAdapter;
import org.springframework.web.servlet.ModelAndView;

/**
 * Serves a request the {@link FlaskHandlerMapping} took: runs it through the app's {@link Dispatcher}, writes
 * the response (streamed bodies included) while the contexts are pushed, then ends the request; the servlet
 * half of Flask's {@code wsgi_app}.
 * <p>A view returning a {@code CompletionStage} or {@code Callable} is finished through Spring MVC's async
 * support: the servlet thread is released, a {@code Callable} runs on the task executor inside the request's
 * contexts, and the completion is dispatched back here to finish the request in its context. Where the
 * request cannot go async, the value is awaited in place.
 */
public final class FlaskHandlerAdapter implements HandlerAdapter {

    /**
     * A servlet request attribute holding a {@code Consumer<RequestContext>} that receives the contexts before
     * they are popped (the test client's context preservation; Werkzeug's {@code werkzeug.debug.preserve_context}).
     */
    public static final String PRESERVE_CONTEXT_ATTRIBUTE = "flask.preserve_context";

    /** The request attribute holding a request context while its async view runs. */
    static final String SUSPENDED_CONTEXT = FlaskHandlerAdapter.class.getName() + ".SUSPENDED_CONTEXT";

    private static final Logger logger = LoggerFactory.getLogger(FlaskHandlerAdapter.class);

    private final Flask app;
    private final Dispatcher dispatcher;
    private AsyncTaskExecutor taskExecutor = new SimpleAsyncTaskExecutor("flask-async-");
    private Long asyncTimeoutMillis;

    /** An adapter serving {@code app}. */
    public FlaskHandlerAdapter(Flask app) {
        this.app = app;
        this.dispatcher = app.dispatcher();
    }

    /** The executor that runs {@code Callable} views (Spring MVC's async executor). */
    public void setTaskExecutor(AsyncTaskExecutor taskExecutor) {
        this.taskExecutor = taskExecutor;
    }

    /** How long an async view may take before the request ends with 503; null: the server's default. */
    public void setAsyncTimeoutMillis(Long asyncTimeoutMillis) {
        this.asyncTimeoutMillis = asyncTimeoutMillis;
    }

    @Override
    public boolean supports(Object handler) {
        return handler instanceof FlaskHandler h && h.app() == app;
    }

    @Override
    public ModelAndView handle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws Exception {
        WebAsyncManager manager = WebAsyncUtils.getAsyncManager(request);
        if (manager.hasConcurrentResult() && request.getAttribute(SUSPENDED_CONTEXT) instanceof RequestContext ctx) {
            Object result = manager.getConcurrentResult();
            manager.clearConcurrentResult();
            request.removeAttribute(SUSPENDED_CONTEXT);
            if (result instanceof AsyncRequestTimeoutException) {
                result = new ServiceUnavailable("The request took too long to complete.");
            }
            Object completed = result;
            serve(ctx, request, response, manager, () -> dispatcher.resume(ctx, completed));
        } else {
            FlaskHandler h = (FlaskHandler) handler;
            RequestContext ctx = new RequestContext(app, h.request(), h.urlAdapter(), h.match());
            serve(ctx, request, response, manager, () -> dispatcher.start(ctx));
        }
        return null;
    }

    /** The first step of serving: starting the request, or resuming it. */
    @FunctionalInterface
    private interface Step {
        Outcome run() throws Exception;
    }

    private void serve(RequestContext ctx, HttpServletRequest request, HttpServletResponse out,
            WebAsyncManager manager, Step first) throws Exception {
        Response response = null;
        Throwable error = null;
        try {
            Outcome outcome = first.run();
            while (outcome instanceof Outcome.Waiting waiting) {
                if (startAsync(request, out, manager, ctx, waiting.asyncValue())) {
                    ctx.suspend();
                    return;
                }
                outcome = dispatcher.awaitInPlace(ctx, waiting.asyncValue());
            }
            Outcome.Done done = (Outcome.Done) outcome;
            response = done.response();
            error = done.error();
            try {
                ResponseWriter.write(response, ctx.request(), out);
            } catch (IOException clientGone) {
                // The client went away mid-response: nothing more can be sent; teardown still runs.
                error = clientGone;
                logger.debug("Writing the response failed", clientGone);
            }
        } catch (Exception | Error e) {
            error = e;
            throw e;
        } finally {
            if (request.getAttribute(SUSPENDED_CONTEXT) != ctx) {
                handOver(ctx, request);
                dispatcher.end(ctx, response, error);
            }
        }
    }

    /** Gives the contexts to a test client preserving them, before they are popped. */
    private static void handOver(RequestContext ctx, HttpServletRequest request) {
        if (ctx.isPushed() && request.getAttribute(PRESERVE_CONTEXT_ATTRIBUTE) instanceof Consumer<?> consumer) {
            @SuppressWarnings("unchecked")
            Consumer<RequestContext> receiver = (Consumer<RequestContext>) consumer;
            receiver.accept(ctx);
        }
    }

    private boolean startAsync(HttpServletRequest request, HttpServletResponse response, WebAsyncManager manager,
            RequestContext ctx, Object value) {
        if (!request.isAsyncSupported()) {
            return false;
        }
        AsyncWebRequest asyncWebRequest = WebAsyncUtils.createAsyncWebRequest(request, response);
        asyncWebRequest.setTimeout(asyncTimeoutMillis);
        manager.setTaskExecutor(taskExecutor);
        manager.setAsyncWebRequest(asyncWebRequest);
        request.setAttribute(SUSPENDED_CONTEXT, ctx);
        try {
            if (value instanceof CompletionStage<?> stage) {
                DeferredResult<Object> result = new DeferredResult<>();
                stage.whenComplete((v, failure) -> {
                    if (failure != null) {
                        result.setErrorResult(failure);
                    } else {
                        result.setResult(v);
                    }
                });
                manager.startDeferredResultProcessing(result);
            } else {
                Callable<?> callable = (Callable<?>) value;
                manager.startCallableProcessing(() -> callInContext(ctx, callable));
            }
        } catch (Exception e) {
            request.removeAttribute(SUSPENDED_CONTEXT);
            throw new IllegalStateException("Could not start async processing", e);
        }
        return true;
    }

    /** Calls a {@code Callable} view on an executor thread with the request's contexts (and {@code g}) pushed. */
    private static Object callInContext(RequestContext ctx, Callable<?> callable) throws Exception {
        AppContext appContext = ctx.pushedAppContext();
        try (AppContext shared = appContext == null ? null : appContext.share().push();
                RequestContext request = ctx.share().push()) {
            return callable.call();
        }
    }
}
