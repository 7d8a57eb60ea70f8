package dev.flaskspring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.shell.core.command.annotation.Command;

/** Spring Shell {@code @Command} methods become commands, and say what they need when Bean Validation is absent. */
class ShellCommandsTests {

    static class Commands {
        @Command(name = "greet", description = "Greet.")
        String greet() {
            return "Hello";
        }
    }

    @Test
    void commandMethodsBecomeCommands() {
        try (GenericApplicationContext context = new GenericApplicationContext()) {
            context.registerBean(Commands.class);
            context.refresh();
            assertThat(ShellCommands.of(context, Commands.class)).singleElement()
                    .satisfies(command -> assertThat(command.getName()).isEqualTo("greet"));
        }
    }

    @Test
    void withoutABeanValidationProviderTheErrorNamesTheMethodAndTheDependency() {
        try (GenericApplicationContext context = new GenericApplicationContext()) {
            context.setClassLoader(new FilteredClassLoader(
                    new ClassPathResource("META-INF/services/jakarta.validation.spi.ValidationProvider")));
            context.refresh();
            assertThatIllegalStateException().isThrownBy(() -> ShellCommands.of(context, Commands.class))
                    .withMessageContaining("Commands.greet")
                    .withMessageContaining("org.hibernate.validator:hibernate-validator");
        }
    }

    @Test
    void beansWithoutCommandMethodsNeedNoProvider() {
        try (GenericApplicationContext context = new GenericApplicationContext()) {
            context.setClassLoader(new FilteredClassLoader(
                    new ClassPathResource("META-INF/services/jakarta.validation.spi.ValidationProvider")));
            context.refresh();
            assertThat(ShellCommands.of(context, String.class)).isEmpty();
        }
    }
}
