package dev.flaskspring.autoconfigure;

import dev.flaskspring.Flask;
import dev.flaskspring.routing.Rule;
import dev.flaskspring.servlet.FlaskHandlerMapping;
import io.micrometer.common.KeyValues;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.springframework.boot.actuate.web.mappings.MappingDescriptionProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.server.observation.DefaultServerRequestObservationConvention;
import org.springframework.http.server.observation.ServerRequestObservationContext;
import org.springframework.http.server.observation.ServerRequestObservationConvention;

/**
 * Actuator for the Flask routes: {@code http.server.requests} tagged with the Flask rule as {@code uri} and the
 * endpoint as {@code endpoint}, and the URL map in {@code /actuator/mappings}. Applies only where Actuator is.
 */
@AutoConfiguration(after = FlaskAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnBean(Flask.class)
public final class FlaskActuatorAutoConfiguration {

    /** The request observations' tags: Spring MVC's, with the matched Flask endpoint ({@code none} for others). */
    @Bean
    @ConditionalOnMissingBean(ServerRequestObservationConvention.class)
    ServerRequestObservationConvention flaskServerRequestObservationConvention() {
        return new DefaultServerRequestObservationConvention() {
            @Override
            public KeyValues getLowCardinalityKeyValues(ServerRequestObservationContext context) {
                Object endpoint = context.getCarrier().getAttribute(FlaskHandlerMapping.ENDPOINT_ATTRIBUTE);
                return super.getLowCardinalityKeyValues(context)
                        .and("endpoint", endpoint == null ? "none" : endpoint.toString());
            }
        };
    }

    /** The Flask rules under {@code flask} in the mappings endpoint, as {@code flask routes} lists them. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(MappingDescriptionProvider.class)
    static final class Mappings {
        @Bean
        MappingDescriptionProvider flaskMappingDescriptionProvider(Flask app) {
            return new MappingDescriptionProvider() {
                @Override
                public String getMappingName() {
                    return "flask";
                }

                @Override
                public Object describeMappings(ApplicationContext context) {
                    List<Map<String, Object>> rules = new ArrayList<>();
                    for (Rule rule : app.urlMap().rules()) {
                        Map<String, Object> description = new LinkedHashMap<>();
                        description.put("rule", rule.rule());
                        description.put("endpoint", rule.endpoint());
                        description.put("methods", rule.methods() == null ? List.of() : new TreeSet<>(rule.methods()));
                        rules.add(description);
                    }
                    return rules;
                }
            };
        }
    }
}
