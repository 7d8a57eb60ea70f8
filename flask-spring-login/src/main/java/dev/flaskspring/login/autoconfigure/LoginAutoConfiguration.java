package dev.flaskspring.login.autoconfigure;

import dev.flaskspring.FlaskConfigurer;
import dev.flaskspring.login.LoginManager;
import dev.flaskspring.login.UserLoader;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * A {@link LoginManager} bean (applied to the app as every {@code FlaskExtension} bean is) with the
 * application's {@link UserLoader} bean as its user loader; backs off when the application defines its own
 * {@code LoginManager}. Also copies the typed Flask-Login {@code flask.*} properties into the app's config.
 */
@AutoConfiguration
@ConditionalOnClass(LoginManager.class)
@EnableConfigurationProperties(LoginProperties.class)
final class LoginAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    LoginManager loginManager(ObjectProvider<UserLoader> userLoader) {
        LoginManager manager = new LoginManager();
        userLoader.ifAvailable(manager::userLoader);
        return manager;
    }

    @Bean
    FlaskConfigurer loginConfigurer(LoginProperties properties) {
        return app -> properties.copyInto(app.config());
    }
}
