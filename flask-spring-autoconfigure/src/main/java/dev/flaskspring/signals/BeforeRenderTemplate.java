package dev.flaskspring.signals;

import dev.flaskspring.Flask;
import java.util.Map;

/** Sent before a template is rendered, with its final context; Flask's {@code before_render_template}. */
public final class BeforeRenderTemplate extends FlaskEvent {

    private final transient Object template;
    private final transient Map<String, Object> context;

    /** The event for {@code app} with the template and its context. */
    public BeforeRenderTemplate(Flask app, Object template, Map<String, Object> context) {
        super(app);
        this.template = template;
        this.context = context;
    }

    /** The template (its name or compiled form). */
    public Object template() {
        return template;
    }

    /** The context the template is rendered with. */
    public Map<String, Object> context() {
        return context;
    }
}
