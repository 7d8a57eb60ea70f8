package dev.flaskspring.testing;

import dev.flaskspring.Flask;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Scope;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.servlet.DispatcherServlet;

/** The beans {@link FlaskTest} adds: a test client per injection point over the context's MVC stack. */
@TestConfiguration(proxyBeanMethods = false)
public class FlaskTestConfiguration {

    /** A dispatcher servlet over the application context, shared by the test clients of one context. */
    @Bean
    DispatcherServlet flaskTestDispatcherServlet(WebApplicationContext context) {
        return FlaskClient.initialise(new DispatcherServlet(context));
    }

    /** A new client, with its own cookies, for each injection point (each test instance). */
    @Bean
    @Scope("prototype")
    FlaskClient flaskClient(Flask app, DispatcherServlet flaskTestDispatcherServlet) {
        return new FlaskClient(app, flaskTestDispatcherServlet);
    }
}
