package dev.flaskspring.servlet;

import dev.flaskspring.Flask;
import dev.flaskspring.ctx.AppContext;
import dev.flaskspring.ctx.RequestContext;
import dev.flaskspring.exceptions.ServiceUnavailable;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletionStage;
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
 * Runs Flask's request pipeline for a request the {@link FlaskHandlerMapping} took; Flask's {@code wsgi_app}
 * entry. A view returning a {@code CompletionStage} or {@code Callable} is finished through Spring MVC's
 * async support: the servlet thread is released, a {@code Callable} runs on the task executor inside the
 * request's contexts, and the completion is dispatched back here to finish the request in its context.
 */
public final class FlaskHandlerAdapter implements HandlerAdapter {

    /** The request attribute holding a request context while its async view runs. */
    static final String SUSPENDED_CONTEXT = FlaskHandlerAdapter.class.getName() + ".SUSPENDED_CONTEXT";

    private final Flask app;
    private AsyncTaskExecutor taskExecutor = new SimpleAsyncTaskExecutor("flask-async-");
    private Long asyncTimeoutMillis;

    /** An adapter serving {@code app}. */
    public FlaskHandlerAdapter(Flask app) {
        this.app = app;
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
        AsyncDispatcher async = (ctx, value) -> startAsync(request, response, manager, ctx, value);
        if (manager.hasConcurrentResult() && request.getAttribute(SUSPENDED_CONTEXT) instanceof RequestContext ctx) {
            Object result = manager.getConcurrentResult();
            manager.clearConcurrentResult();
            request.removeAttribute(SUSPENDED_CONTEXT);
            if (result instanceof AsyncRequestTimeoutException) {
                result = new ServiceUnavailable("The request took too long to complete.");
            }
            app.resumeRequest(ctx, result, response, async);
        } else {
            app.wsgiApp((FlaskHandler) handler, response, async);
        }
        return null;
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
