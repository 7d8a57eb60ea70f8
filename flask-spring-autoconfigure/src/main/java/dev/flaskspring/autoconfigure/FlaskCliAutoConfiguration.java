package dev.flaskspring.autoconfigure;

import dev.flaskspring.Flask;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;

/**
 * The command line of a Boot application: its Spring Shell commands on {@code app.cli()}, and the runner
 * of the command given to {@code FlaskApplication.run}. Ordered before Spring Shell's runner configuration,
 * which then backs off, so adding {@code spring-shell-starter} never turns a web app into a console.
 */
@AutoConfiguration(after = FlaskAutoConfiguration.class,
        beforeName = "org.springframework.shell.core.autoconfigure.ShellRunnerAutoConfiguration")
@ConditionalOnBean(Flask.class)
public final class FlaskCliAutoConfiguration {

    /** Adds {@code @Command} methods and {@code Command} beans to {@code app.cli()}. */
    @Bean
    @ConditionalOnMissingBean
    FlaskCommandsRegistrar flaskCommandsRegistrar(ApplicationContext context, Flask app) {
        return new FlaskCommandsRegistrar(context, app);
    }

    /** Runs the command given on the command line, if any. */
    @Bean
    @ConditionalOnMissingBean
    FlaskCommandLineRunner flaskCommandLineRunner(Flask app, ObjectProvider<FlaskCommandLine> commandLine) {
        return new FlaskCommandLineRunner(app, commandLine);
    }
}
