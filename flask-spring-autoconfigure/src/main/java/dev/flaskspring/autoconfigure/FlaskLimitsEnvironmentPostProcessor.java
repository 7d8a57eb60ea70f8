package dev.flaskspring.autoconfigure;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.DefaultPropertiesPropertySource;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.PropertySource;

/**
 * Sets Tomcat's and Spring's request-size limits so that Flask's are the ones in force: no 1 MB file or
 * 10 MB request cap of Spring's multipart defaults, no 50-part cap of Tomcat's, but
 * {@code MAX_CONTENT_LENGTH} ({@code flask.max-content-length}) as the multipart request limit and
 * {@code MAX_FORM_PARTS} ({@code flask.max-form-parts}, 1,000) as the part count, checked while Tomcat
 * reads the body. Parts over 500 KB spool to disk, as Werkzeug's. These join Boot's default properties,
 * below everything else: any of the properties set by the application wins. Tomcat's 2 MB form-post cap
 * stays Boot's: {@link TomcatFormPostSize} takes it off for Flask's routes only.
 */
public class FlaskLimitsEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Map<String, Object> defaults = new LinkedHashMap<>();
        defaults.put("spring.servlet.multipart.max-file-size", "-1");
        defaults.put("spring.servlet.multipart.max-request-size", "${flask.max-content-length:-1}");
        defaults.put("spring.servlet.multipart.file-size-threshold", "500KB");
        defaults.put("spring.servlet.multipart.resolve-lazily", "true");
        defaults.put("server.tomcat.max-part-count", "${flask.max-form-parts:1000}");
        PropertySource<?> applicationDefaults = environment.getPropertySources().get(DefaultPropertiesPropertySource.NAME);
        if (applicationDefaults != null) {
            defaults.keySet().removeIf(applicationDefaults::containsProperty);
        }
        DefaultPropertiesPropertySource.addOrMerge(defaults, environment.getPropertySources());
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
