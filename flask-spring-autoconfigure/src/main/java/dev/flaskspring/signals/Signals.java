package dev.flaskspring.signals;

/** Flask's built-in signals ({@code flask.signals}), sent at the same points and in the same order as Flask. */
public final class Signals {

    /** Flask's {@code request_started}. */
    public static final Signal<RequestStarted> REQUEST_STARTED = new Signal<>("request-started");
    /** Flask's {@code request_finished}. */
    public static final Signal<RequestFinished> REQUEST_FINISHED = new Signal<>("request-finished");
    /** Flask's {@code got_request_exception}. */
    public static final Signal<GotRequestException> GOT_REQUEST_EXCEPTION = new Signal<>("got-request-exception");
    /** Flask's {@code request_tearing_down}. */
    public static final Signal<RequestTearingDown> REQUEST_TEARING_DOWN = new Signal<>("request-tearing-down");
    /** Flask's {@code appcontext_tearing_down}. */
    public static final Signal<AppContextTearingDown> APPCONTEXT_TEARING_DOWN = new Signal<>("appcontext-tearing-down");
    /** Flask's {@code appcontext_pushed}. */
    public static final Signal<AppContextPushed> APPCONTEXT_PUSHED = new Signal<>("appcontext-pushed");
    /** Flask's {@code appcontext_popped}. */
    public static final Signal<AppContextPopped> APPCONTEXT_POPPED = new Signal<>("appcontext-popped");
    /** Flask's {@code before_render_template}. */
    public static final Signal<BeforeRenderTemplate> BEFORE_RENDER_TEMPLATE = new Signal<>("before-render-template");
    /** Flask's {@code template_rendered}. */
    public static final Signal<TemplateRendered> TEMPLATE_RENDERED = new Signal<>("template-rendered");
    /** Flask's {@code message_flashed}. */
    public static final Signal<MessageFlashed> MESSAGE_FLASHED = new Signal<>("message-flashed");

    private Signals() {
    }
}
