package dev.flaskspring.autoconfigure;

import dev.flaskspring.Flask;
import dev.flaskspring.sessions.SecretKeyCheck;
import dev.flaskspring.servlet.DebuggedApplication;
import dev.flaskspring.servlet.FlaskDispatcherServlet;
import dev.flaskspring.servlet.FlaskFormContentFilter;
import dev.flaskspring.servlet.FormPostSizeFilter;
import dev.flaskspring.servlet.FlaskHandlerAdapter;
import dev.flaskspring.servlet.FlaskHandlerMapping;
import dev.flaskspring.servlet.ServerHostFilter;
import jakarta.servlet.DispatcherType;
import java.time.Duration;
import org.apache.catalina.startup.Tomcat;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.WebMvcProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.core.task.AsyncTaskExecutor;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.web.filter.FormContentFilter;

/**
 * Plugs the app's URL map into Boot's {@code DispatcherServlet} (a {@link FlaskDispatcherServlet}): a mapping before the
 * {@code @Controller} mappings for the URLs Flask knows, and a fallback just before Boot's static
 * resources so that a URL nothing handles gets Flask's 404 handlers and page.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public final class FlaskWebMvcConfiguration {

    /** The order of the fallback mapping: before Boot's {@code /**} resource mapping. */
    public static final int FALLBACK_ORDER = Ordered.LOWEST_PRECEDENCE - 2;

    /** Warns at startup when the app serves with a weak {@code SECRET_KEY}. */
    @Bean
    SmartInitializingSingleton flaskSecretKeyCheck(Flask app) {
        return () -> SecretKeyCheck.warnIfWeak(app);
    }

    /** The app's middleware, as servlet filters around the dispatcher servlet. */
    @Bean
    @ConditionalOnMissingBean
    FlaskMiddlewareInitializer flaskMiddlewareInitializer(Flask app) {
        return new FlaskMiddlewareInitializer(app);
    }

    /** The traceback page of debug mode, around the app's middleware; what {@code flask run --debug} adds. */
    @Bean
    @ConditionalOnMissingBean(name = "flaskDebugger")
    FilterRegistrationBean<DebuggedApplication> flaskDebugger(Flask app) {
        FilterRegistrationBean<DebuggedApplication> registration = new FilterRegistrationBean<>(
                new DebuggedApplication(app));
        registration.setName("flaskDebugger");
        registration.setOrder(FlaskMiddlewareInitializer.ORDER - 1);
        registration.setAsyncSupported(true);
        return registration;
    }

    /**
     * The {@code Host} of the Flask request from the servlet's server name and port, when Boot rewrites them from
     * forwarded headers ({@code server.forward-headers-strategy}): after Spring's {@code ForwardedHeaderFilter},
     * before the debugger and the app's middleware.
     */
    @Bean
    @Conditional(OnForwardHeadersCondition.class)
    @ConditionalOnMissingBean(name = "flaskServerHostFilter")
    FilterRegistrationBean<ServerHostFilter> flaskServerHostFilter() {
        FilterRegistrationBean<ServerHostFilter> registration = new FilterRegistrationBean<>(new ServerHostFilter());
        registration.setOrder(FlaskMiddlewareInitializer.ORDER - 2);
        registration.setAsyncSupported(true);
        // As Boot registers the ForwardedHeaderFilter: an async or error dispatch sees the same host.
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ASYNC, DispatcherType.ERROR);
        return registration;
    }

    /** Spring's form content filter, leaving the form bodies of Flask's requests unread. */
    @Bean
    @ConditionalOnMissingBean(FormContentFilter.class)
    @ConditionalOnBooleanProperty(name = "spring.mvc.formcontent.filter.enabled", matchIfMissing = true)
    FlaskFormContentFilter formContentFilter(Flask app) {
        return new FlaskFormContentFilter(app);
    }

    /** Tomcat's form-post cap: off in the connector for Flask's routes, kept for every other handler. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass({Tomcat.class, ConfigurableTomcatWebServerFactory.class})
    static final class TomcatFormPostSizeConfiguration {

        @Bean
        TomcatFormPostSize flaskTomcatFormPostSize() {
            return new TomcatFormPostSize();
        }

        @Bean
        @ConditionalOnMissingBean
        FormPostSizeFilter flaskFormPostSizeFilter(Flask app, TomcatFormPostSize formPostSize) {
            return new FormPostSizeFilter(app, formPostSize::maxPostSize, formPostSize::maxParameterCount);
        }
    }

    /**
     * Boot's {@code DispatcherServlet}, configured from {@code spring.mvc.*} as Boot configures its own, handing
     * the requests Flask's routes take straight to Flask; declare a {@code dispatcherServlet} bean to replace it
     * (Flask's routes are then served through Spring MVC's handler mappings).
     */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(DispatcherServletAutoConfiguration.class)
    @EnableConfigurationProperties(WebMvcProperties.class)
    static final class FlaskDispatcherServletConfiguration {

        @Bean(name = DispatcherServletAutoConfiguration.DEFAULT_DISPATCHER_SERVLET_BEAN_NAME)
        @ConditionalOnMissingBean(name = DispatcherServletAutoConfiguration.DEFAULT_DISPATCHER_SERVLET_BEAN_NAME)
        FlaskDispatcherServlet dispatcherServlet(WebMvcProperties webMvc) {
            FlaskDispatcherServlet servlet = new FlaskDispatcherServlet();
            servlet.setDispatchOptionsRequest(webMvc.isDispatchOptionsRequest());
            servlet.setDispatchTraceRequest(webMvc.isDispatchTraceRequest());
            servlet.setPublishEvents(webMvc.isPublishRequestHandledEvents());
            servlet.setEnableLoggingRequestDetails(webMvc.isLogRequestDetails());
            return servlet;
        }
    }

    /** Flask's routes, tried before {@code @Controller}s. */
    @Bean
    @ConditionalOnMissingBean(name = "flaskHandlerMapping")
    FlaskHandlerMapping flaskHandlerMapping(Flask app) {
        return new FlaskHandlerMapping(app, -1, false);
    }

    /** Flask's 404 for URLs no mapping handles. */
    @Bean
    @ConditionalOnMissingBean(name = "flaskFallbackHandlerMapping")
    FlaskHandlerMapping flaskFallbackHandlerMapping(Flask app) {
        return new FlaskHandlerMapping(app, FALLBACK_ORDER, true);
    }

    /**
     * Runs Flask's request pipeline for the handlers above. Views returning a {@code Callable} run on Boot's
     * task executor, or on virtual threads with {@code flask.virtual-threads=true} (Java 21+); async views
     * time out after {@code spring.mvc.async.request-timeout}, as Spring MVC's own.
     */
    @Bean
    @ConditionalOnMissingBean
    FlaskHandlerAdapter flaskHandlerAdapter(Flask app, FlaskProperties properties, Environment environment,
            @Qualifier("applicationTaskExecutor") ObjectProvider<AsyncTaskExecutor> applicationTaskExecutor) {
        FlaskHandlerAdapter adapter = new FlaskHandlerAdapter(app);
        AsyncTaskExecutor executor = properties.isVirtualThreads() ? virtualThreadExecutor() : null;
        if (executor == null) {
            executor = applicationTaskExecutor.getIfAvailable();
        }
        if (executor != null) {
            adapter.setTaskExecutor(executor);
        }
        Duration timeout = environment.getProperty("spring.mvc.async.request-timeout", Duration.class);
        if (timeout != null) {
            adapter.setAsyncTimeoutMillis(timeout.toMillis());
        }
        return adapter;
    }

    private static AsyncTaskExecutor virtualThreadExecutor() {
        SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor("flask-virtual-");
        try {
            executor.setVirtualThreads(true);
            return executor;
        } catch (UnsupportedOperationException beforeJava21) {
            LoggerFactory.getLogger(FlaskWebMvcConfiguration.class).warn(
                    "flask.virtual-threads=true needs Java 21 or later; async views use platform threads ({})",
                    beforeJava21.getMessage());
            return null;
        }
    }
}
