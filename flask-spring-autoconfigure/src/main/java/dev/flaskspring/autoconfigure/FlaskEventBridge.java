package dev.flaskspring.autoconfigure;

import dev.flaskspring.Flask;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.context.ApplicationEventPublisher;

/**
 * Publishes every Flask signal event to the Spring {@code ApplicationContext} as well, so that
 * {@code @EventListener} methods receive them. Replace it with a bean of your own to route events elsewhere.
 */
public class FlaskEventBridge implements InitializingBean {

    private final Flask app;
    private final ApplicationEventPublisher publisher;

    /** A bridge from {@code app}'s signals to {@code publisher}. */
    public FlaskEventBridge(Flask app, ApplicationEventPublisher publisher) {
        this.app = app;
        this.publisher = publisher;
    }

    @Override
    public void afterPropertiesSet() {
        app.setEventPublisher(publisher::publishEvent);
    }
}
