package dev.flaskspring.autoconfigure;

import dev.flaskspring.Flask;
import dev.flaskspring.signals.FlaskEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.context.event.GenericApplicationListener;
import org.springframework.context.event.GenericApplicationListenerAdapter;
import org.springframework.context.support.AbstractApplicationContext;
import org.springframework.core.ResolvableType;

/**
 * Publishes the Flask signal events to the Spring {@code ApplicationContext} as well, so that
 * {@code @EventListener} methods and {@code ApplicationListener} beans receive them. Once the context has
 * started, only the event types some listener accepts are made and published: a request whose signals nobody
 * listens to costs no event. Replace it with a bean of your own to route events elsewhere.
 */
public class FlaskEventBridge implements InitializingBean, ApplicationListener<ContextRefreshedEvent> {

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

    /** Narrows publishing to the event types the context's listeners accept, as the context now knows them all. */
    @Override
    public void onApplicationEvent(ContextRefreshedEvent event) {
        if (event.getApplicationContext() != publisher) {
            return;
        }
        List<GenericApplicationListener> listeners = listeners(event.getApplicationContext());
        Map<Class<?>, Boolean> wanted = new ConcurrentHashMap<>();
        app.setEventPublisher(publisher::publishEvent,
                type -> wanted.computeIfAbsent(type, t -> accepts(listeners, ResolvableType.forClass(t))));
    }

    private static List<GenericApplicationListener> listeners(ApplicationContext context) {
        List<ApplicationListener<?>> all = new ArrayList<>();
        context.getBeansOfType(ApplicationListener.class, false, false).values().forEach(all::add);
        if (context instanceof AbstractApplicationContext abstractContext) {
            all.addAll(abstractContext.getApplicationListeners());
        }
        List<GenericApplicationListener> generic = new ArrayList<>(all.size());
        for (ApplicationListener<?> listener : all) {
            generic.add(listener instanceof GenericApplicationListener g ? g : new GenericApplicationListenerAdapter(listener));
        }
        return generic;
    }

    private static boolean accepts(List<GenericApplicationListener> listeners, ResolvableType type) {
        for (GenericApplicationListener listener : listeners) {
            if (listener.supportsEventType(type) && listener.supportsSourceType(Flask.class)) {
                return true;
            }
        }
        return false;
    }
}
