package dev.flaskspring.signals;

import dev.flaskspring.Flask;
import java.util.Map;

/** Sent after a template was rendered; Flask's {@code template_rendered}. */
public final class TemplateRendered extends FlaskEvent {

    private final transient Object template;
    private final transient Map<String, Object> context;

    /** The event for {@code app} with the template and its context. */
    public TemplateRendered(Flask app, Object template, Map<String, Object> context) {
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
