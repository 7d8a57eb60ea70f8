package dev.flaskspring.autoconfigure;

import dev.flaskspring.Flask;
import dev.flaskspring.servlet.FlaskHandlerAdapter;
import dev.flaskspring.servlet.FlaskHandlerMapping;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Plugs the app's URL map into Boot's {@code DispatcherServlet}: a mapping before the
 * {@code @Controller} mappings for the URLs Flask knows, and a fallback just before Boot's static
 * resources so that a URL nothing handles gets Flask's 404 handlers and page.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class FlaskWebMvcConfiguration {

    /** The order of the fallback mapping: before Boot's {@code /**} resource mapping. */
    public static final int FALLBACK_ORDER = Ordered.LOWEST_PRECEDENCE - 2;

    /** Flask's routes, tried before {@code @Controller}s. */
    @Bean
    @ConditionalOnMissingBean(name = "flaskHandlerMapping")
    public FlaskHandlerMapping flaskHandlerMapping(Flask app) {
        return new FlaskHandlerMapping(app, -1, false);
    }

    /** Flask's 404 for URLs no mapping handles. */
    @Bean
    @ConditionalOnMissingBean(name = "flaskFallbackHandlerMapping")
    public FlaskHandlerMapping flaskFallbackHandlerMapping(Flask app) {
        return new FlaskHandlerMapping(app, FALLBACK_ORDER, true);
    }

    /** Runs Flask's request pipeline for the handlers above. */
    @Bean
    @ConditionalOnMissingBean
    public FlaskHandlerAdapter flaskHandlerAdapter(Flask app) {
        return new FlaskHandlerAdapter(app);
    }
}
