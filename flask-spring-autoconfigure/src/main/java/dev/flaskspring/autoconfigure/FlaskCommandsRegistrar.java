package dev.flaskspring.autoconfigure;

import dev.flaskspring.Flask;
import dev.flaskspring.annotation.Views;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.annotation.AnnotationUtils;
import org.springframework.shell.core.command.Command;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;

/**
 * Adds the application's Spring Shell commands to {@code app.cli()}: methods annotated with Spring Shell's
 * {@code @Command} on any bean but {@code @Views} ones (the views registrar gives those to their app or
 * blueprint), and {@link Command} beans of the application; Flask's {@code @app.cli.command} for Spring beans.
 * A command named with several words ({@code auth create-user}) lands in that group.
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
            if (type != null && mayDeclareCommands(ClassUtils.getUserClass(type))) {
                ShellCommands.of(context, type).forEach(app.cli()::add);
            }
        }
        context.getBeansOfType(Command.class).values().stream()
                .filter(command -> !command.getClass().getName().startsWith("org.springframework.shell."))
                .forEach(app.cli()::add);
    }

    /**
     * Whether a bean's class is looked through for {@code @Command} methods: not a {@code @Views} class, and not
     * one of Spring's own container classes, which Spring's listener-method scan skips too (those in
     * {@code org.springframework} that are not {@code @Component}s), nor a JDK class.
     */
    private static boolean mayDeclareCommands(Class<?> type) {
        if (AnnotatedElementUtils.hasAnnotation(type, Views.class)
                || !AnnotationUtils.isCandidateClass(type, org.springframework.shell.core.command.annotation.Command.class)) {
            return false;
        }
        return !ClassUtils.getPackageName(type).startsWith("org.springframework.")
                || AnnotatedElementUtils.isAnnotated(type, Component.class);
    }
}
