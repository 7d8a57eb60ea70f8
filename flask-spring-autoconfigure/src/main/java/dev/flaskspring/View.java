package dev.flaskspring;

import java.util.Set;

/**
 * A view function: takes the URL's variables and returns a response value; Flask's view function.
 * <p>The return value follows Flask's {@code make_response} rules (a string is HTML, a map or list is
 * JSON, a {@code Response} is sent as it is ...).
 */
@FunctionalInterface
public interface View {

    /** Handles the request; {@code args} holds the converted URL variables. */
    Object call(ViewArgs args) throws Exception;

    /** The methods this view accepts when the rule names none, or null for {@code GET}; Flask's {@code view.methods}. */
    default Set<String> methods() {
        return null;
    }

    /** Whether {@code OPTIONS} is answered automatically, or null for the app's default; Flask's {@code provide_automatic_options}. */
    default Boolean provideAutomaticOptions() {
        return null;
    }
}
