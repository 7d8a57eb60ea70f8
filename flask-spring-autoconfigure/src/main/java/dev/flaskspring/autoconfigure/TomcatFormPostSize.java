package dev.flaskspring.autoconfigure;

import dev.flaskspring.servlet.FormPostSizeFilter;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;

/**
 * Takes Tomcat's form-post cap off the connector once Boot has set it
 * ({@code server.tomcat.max-http-form-post-size}), so that Flask's own limits govern Flask's routes, and
 * keeps the connector's values for the {@link FormPostSizeFilter} that applies them to every other handler.
 * Until a connector is configured (no embedded Tomcat), there is no cap to keep: both values are -1.
 */
final class TomcatFormPostSize implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory>, Ordered {

    private volatile int maxPostSize = -1;
    private volatile int maxParameterCount = -1;

    @Override
    public void customize(ConfigurableTomcatWebServerFactory factory) {
        factory.addConnectorCustomizers(connector -> {
            maxParameterCount = connector.getMaxParameterCount();
            maxPostSize = connector.getMaxPostSize();
            connector.setMaxPostSize(-1);
        });
    }

    /** The connector's {@code maxPostSize} as Boot configured it, or -1. */
    int maxPostSize() {
        return maxPostSize;
    }

    /** The connector's {@code maxParameterCount}, or -1. */
    int maxParameterCount() {
        return maxParameterCount;
    }

    /** After Boot's Tomcat customizer, which sets the cap. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
