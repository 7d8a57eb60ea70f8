package dev.flaskspring.autoconfigure;

import dev.flaskspring.Flask;
import dev.flaskspring.annotation.Views;
import dev.flaskspring.cli.AppGroup;
import java.lang.reflect.Method;
import java.util.Set;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.ApplicationContext;
import org.springframework.core.MethodIntrospector;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.shell.core.command.Command;
import org.springframework.shell.core.command.annotation.support.CommandFactoryBean;
import org.springframework.util.ClassUtils;

/**
 * Adds the application's Spring Shell commands to {@code app.cli()}: methods annotated with Spring Shell's
 * {@code @Command} on any bean, and {@link Command} beans of the application; Flask's {@code @app.cli.command}
 * for Spring beans. A command named with several words ({@code auth create-user}) lands in that group, and a
 * command of a {@code @Views(blueprint = "auth")} class in the blueprint's group, as Flask's {@code bp.cli}.
 */
public class FlaskCommandsRegistrar implements SmartInitializingSingleton {

    private final ApplicationContext context;
    private final Flask app;

    /** A registrar of the commands of {@code context} on {@code app}. */
    public FlaskCommandsRegistrar(ApplicationContext context, Flask app) {
        this.context = context;
        this.app = app;
    }

    @Override
    public void afterSingletonsInstantiated() {
        for (String name : context.getBeanDefinitionNames()) {
            Class<?> type = context.getType(name, false);
            if (type == null) {
                continue;
            }
            Class<?> userClass = ClassUtils.getUserClass(type);
            Set<Method> methods = MethodIntrospector.selectMethods(userClass,
                    (Method m) -> AnnotatedElementUtils.hasAnnotation(m,
                            org.springframework.shell.core.command.annotation.Command.class));
            Views views = AnnotatedElementUtils.findMergedAnnotation(userClass, Views.class);
            AppGroup group = views == null || views.blueprint().isEmpty() ? app.cli() : app.cli().group(views.blueprint());
            for (Method method : methods) {
                CommandFactoryBean factory = new CommandFactoryBean(method);
                factory.setApplicationContext(context);
                group.add(factory.getObject());
            }
        }
        context.getBeansOfType(Command.class).values().stream()
                .filter(command -> !command.getClass().getName().startsWith("org.springframework.shell."))
                .forEach(app.cli()::add);
    }
}
