package dev.flaskspring.jinja;

import com.hubspot.jinjava.interpret.TemplateError;
import java.lang.reflect.InvocationTargetException;

/** Turns Jinjava's collected errors into the exceptions Jinja raises. */
final class RenderErrors {

    private RenderErrors() {
    }

    /**
     * The exception for a fatal {@code error}: the first exception in its causes that Jinjava did not make (the
     * app's own, from a filter, a global or {@code url_for}), else a {@link TemplateRuntimeError}.
     */
    static RuntimeException toException(TemplateError error) {
        for (Throwable t = error.getException(); t != null; t = t.getCause()) {
            if (t instanceof TemplateRuntimeError r) {
                return r;
            }
            if (!isJinjavas(t)) {
                return t instanceof RuntimeException r ? r : new TemplateRuntimeError(t.toString(), t);
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return new TemplateRuntimeError(message(error), error.getException());
    }

    /** A thrown error rethrown as {@link #toException} says, for exceptions that escape a render. */
    static RuntimeException unwrap(RuntimeException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof TemplateRuntimeError || t instanceof TemplateSyntaxError) {
                return (RuntimeException) t;
            }
            if (!isJinjavas(t)) {
                return t instanceof RuntimeException r ? r : new TemplateRuntimeError(t.toString(), t);
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return new TemplateRuntimeError(e.getMessage(), e);
    }

    private static String message(TemplateError error) {
        String message = error.getMessage();
        return error.getLineno() > 0 ? message + " (line " + error.getLineno() + ")" : message;
    }

    private static boolean isJinjavas(Throwable t) {
        String name = t.getClass().getName();
        return name.startsWith("com.hubspot.") || name.startsWith("jinjava.") || t instanceof InvocationTargetException;
    }
}
