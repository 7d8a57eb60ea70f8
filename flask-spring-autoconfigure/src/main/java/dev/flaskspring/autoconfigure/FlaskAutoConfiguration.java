package dev.flaskspring.autoconfigure;

import dev.flaskspring.Flask;
import dev.flaskspring.json.JsonProvider;
import dev.flaskspring.FlaskConfigurer;
import dev.flaskspring.FlaskExtension;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import tools.jackson.databind.json.JsonMapper;

/**
 * Creates the {@link Flask} app bean from {@code flask.*} properties, with JSON on Boot's {@code JsonMapper}
 * when there is one (its modules and {@code spring.jackson.*} settings, under Flask's key order and date
 * rules), then applies every {@link FlaskConfigurer} and {@link FlaskExtension} bean in {@code @Order}.
 * Not web-only: commands need the app without a server.
 */
@AutoConfiguration(beforeName = {"org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration",
        "org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration"})
@EnableConfigurationProperties(FlaskProperties.class)
@Import(FlaskWebMvcConfiguration.class)
public final class FlaskAutoConfiguration {

    /** The app; replace it by declaring a {@code Flask} bean of your own. */
    @Bean
    @ConditionalOnMissingBean
    Flask flask(FlaskProperties properties, Environment environment, ObjectProvider<FlaskConfigurer> configurers,
            ObjectProvider<FlaskExtension> extensions, ObjectProvider<JsonMapper> jsonMapper) {
        Flask app = new Flask(properties.getName());
        jsonMapper.ifUnique(mapper -> app.setJson(new JsonProvider(mapper, app)));
        Map<String, Object> all = Binder.get(environment).bind("flask", Bindable.mapOf(String.class, Object.class))
                .orElse(Map.of());
        properties.copyInto(app.config(), all);
        configurers.orderedStream().forEach(c -> c.configure(app));
        extensions.orderedStream().forEach(e -> {
            e.initApp(app);
            app.extensions().put(e.name(), e);
        });
        return app;
    }

    /** Publishes the app's signals as Spring application events. */
    @Bean
    @ConditionalOnMissingBean
    FlaskEventBridge flaskEventBridge(Flask app, ApplicationEventPublisher events) {
        return new FlaskEventBridge(app, events);
    }

    /** Registers the {@code @Views} beans on the app. */
    @Bean
    @ConditionalOnMissingBean
    FlaskViewsRegistrar flaskViewsRegistrar(org.springframework.context.ApplicationContext context, Flask app) {
        return new FlaskViewsRegistrar(context, app);
    }
}
