package dev.flaskspring.autoconfigure;

import jakarta.validation.Validator;
import jakarta.validation.spi.ValidationProvider;
import java.lang.reflect.Method;
import java.util.List;
import java.util.ServiceLoader;
import org.springframework.context.ApplicationContext;
import org.springframework.core.MethodIntrospector;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.shell.core.command.Command;
import org.springframework.shell.core.command.annotation.support.CommandFactoryBean;
import org.springframework.util.ClassUtils;

/**
 * The Spring Shell commands of a bean's {@code @Command} methods, built as Spring Shell builds them (which validates
 * their parameters with Bean Validation, so those methods need a provider such as Hibernate Validator).
 */
final class ShellCommands {

    private ShellCommands() {
    }

    static List<Command> of(ApplicationContext context, Class<?> beanType) {
        Class<?> userClass = ClassUtils.getUserClass(beanType);
        return MethodIntrospector.selectMethods(userClass, (Method m) -> AnnotatedElementUtils.hasAnnotation(m,
                        org.springframework.shell.core.command.annotation.Command.class)).stream()
                .map(method -> {
                    requireValidation(context, method);
                    CommandFactoryBean factory = new CommandFactoryBean(method);
                    factory.setApplicationContext(context);
                    return factory.getObject();
                })
                .toList();
    }

    private static void requireValidation(ApplicationContext context, Method method) {
        if (context.getBeanNamesForType(Validator.class).length == 0
                && ServiceLoader.load(ValidationProvider.class, context.getClassLoader()).findFirst().isEmpty()) {
            throw new IllegalStateException("The Spring Shell command " + method.getDeclaringClass().getSimpleName()
                    + "." + method.getName() + " needs a Bean Validation provider for its parameters: add the"
                    + " dependency org.hibernate.validator:hibernate-validator");
        }
    }
}
