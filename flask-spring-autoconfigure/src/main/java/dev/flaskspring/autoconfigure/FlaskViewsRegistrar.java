package dev.flaskspring.autoconfigure;

import dev.flaskspring.Flask;
import dev.flaskspring.annotation.AnnotatedViews;
import dev.flaskspring.annotation.Views;
import java.util.ArrayList;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;
import org.springframework.context.ApplicationContext;

/**
 * Registers every {@link Views} bean on the app once all singletons exist (so views may inject the
 * {@code Flask} bean), before the server starts; {@code @Decorate} classes come from Spring when they
 * are beans and are created (with injection) otherwise. Spring Shell {@code @Command} methods of a
 * {@code @Views(blueprint = "auth")} class join that blueprint's commands, as Flask's {@code bp.cli}.
 */
public class FlaskViewsRegistrar implements SmartInitializingSingleton {

    private final ApplicationContext context;
    private final Flask app;

    /** A registrar for the views of {@code context} on {@code app}. */
    public FlaskViewsRegistrar(ApplicationContext context, Flask app) {
        this.context = context;
        this.app = app;
    }

    @Override
    public void afterSingletonsInstantiated() {
        var beans = new ArrayList<>(context.getBeansWithAnnotation(Views.class).values());
        if (beans.isEmpty()) {
            return;
        }
        AutowireCapableBeanFactory factory = context.getAutowireCapableBeanFactory();
        AnnotatedViews.register(app, beans, type -> decorator(factory, type),
                (target, bean) -> ShellCommands.of(context, bean.getClass()).forEach(target.cli()::add));
    }

    private Object decorator(AutowireCapableBeanFactory factory, Class<?> type) {
        Object bean = context.getBeanProvider(type).getIfAvailable();
        return bean != null ? bean : factory.createBean(type);
    }
}
