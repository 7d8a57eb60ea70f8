package dev.flaskspring.wtf.autoconfigure;

import dev.flaskspring.autoconfigure.FlaskAutoConfiguration;
import dev.flaskspring.wtf.CSRFProtect;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * A {@link CSRFProtect} bean, which the app applies as every {@code FlaskExtension} bean; Flask-WTF's
 * {@code CSRFProtect(app)}. Backs off when the application defines its own. Configure it with
 * {@code flask.wtf-csrf-*} properties ({@code flask.wtf-csrf-time-limit=7200} is {@code WTF_CSRF_TIME_LIMIT}).
 */
@AutoConfiguration(after = FlaskAutoConfiguration.class)
@ConditionalOnClass(CSRFProtect.class)
public final class CSRFProtectAutoConfiguration {

    /** Flask-WTF's CSRF protection for the app; declare a {@code CSRFProtect} bean to replace it. */
    @Bean
    @ConditionalOnMissingBean
    CSRFProtect csrfProtect() {
        return new CSRFProtect();
    }
}
