package dev.flaskspring.signals;

import dev.flaskspring.Flask;
import org.springframework.context.ApplicationEvent;

/**
 * The base of the events Flask's signals carry; a Spring {@link ApplicationEvent} whose source is the app,
 * so that under Spring Boot {@code @EventListener} methods receive them too.
 */
public abstract class FlaskEvent extends ApplicationEvent {

    /** An event sent by {@code app}. */
    protected FlaskEvent(Flask app) {
        super(app);
    }

    /** The app that sent the event (Flask's {@code sender}). */
    public Flask app() {
        return (Flask) getSource();
    }
}
