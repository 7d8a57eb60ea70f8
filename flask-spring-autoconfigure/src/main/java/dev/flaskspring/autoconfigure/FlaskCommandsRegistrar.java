package dev.flaskspring.autoconfigure;

import dev.flaskspring.Flask;
import dev.flaskspring.annotation.Views;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.shell.core.command.Command;
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
            if (type != null && !AnnotatedElementUtils.hasAnnotation(ClassUtils.getUserClass(type), Views.class)) {
                ShellCommands.of(context, type).forEach(app.cli()::add);
            }
        }
        context.getBeansOfType(Command.class).values().stream()
                .filter(command -> !command.getClass().getName().startsWith("org.springframework.shell."))
                .forEach(app.cli()::add);
    }
}
