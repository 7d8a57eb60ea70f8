package dev.flaskspring.autoconfigure;

import java.lang.reflect.Method;
import java.util.List;
import org.springframework.context.ApplicationContext;
import org.springframework.core.MethodIntrospector;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.shell.core.command.Command;
import org.springframework.shell.core.command.annotation.support.CommandFactoryBean;
import org.springframework.util.ClassUtils;

/** The Spring Shell commands of a bean's {@code @Command} methods, built as Spring Shell builds them. */
final class ShellCommands {

    private ShellCommands() {
    }

    static List<Command> of(ApplicationContext context, Class<?> beanType) {
        Class<?> userClass = ClassUtils.getUserClass(beanType);
        return MethodIntrospector.selectMethods(userClass, (Method m) -> AnnotatedElementUtils.hasAnnotation(m,
                        org.springframework.shell.core.command.annotation.Command.class)).stream()
                .map(method -> {
                    CommandFactoryBean factory = new CommandFactoryBean(method);
                    factory.setApplicationContext(context);
                    return factory.getObject();
                })
                .toList();
    }
}
