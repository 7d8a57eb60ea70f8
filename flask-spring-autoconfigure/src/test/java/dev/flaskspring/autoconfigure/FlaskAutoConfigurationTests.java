package dev.flaskspring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flaskspring.Flask;
import dev.flaskspring.FlaskConfigurer;
import dev.flaskspring.FlaskExtension;
import dev.flaskspring.annotation.Route;
import dev.flaskspring.annotation.Views;
import dev.flaskspring.servlet.FlaskHandlerAdapter;
import dev.flaskspring.servlet.FlaskHandlerMapping;
import dev.flaskspring.servlet.FormPostSizeFilter;
import dev.flaskspring.signals.RequestStarted;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.catalina.startup.Tomcat;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;

/** The Spring Boot auto-configuration: the app bean, properties, configurers, extensions, views and replacement. */
class FlaskAutoConfigurationTests {

    final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(FlaskAutoConfiguration.class));

    @Test
    void flaskPropertiesBecomeConfigKeys() {
        runner.withPropertyValues("flask.secret-key=s3cret", "flask.debug=true", "flask.database=/tmp/x.sqlite",
                "flask.permanent-session-lifetime=2h", "flask.name=demo").run(ctx -> {
                    Flask app = ctx.getBean(Flask.class);
                    assertThat(app.name()).isEqualTo("demo");
                    assertThat(app.config().get("SECRET_KEY")).isEqualTo("s3cret");
                    assertThat(app.isDebug()).isTrue();
                    assertThat(app.config().get("DATABASE")).isEqualTo("/tmp/x.sqlite");
                    assertThat(app.config().get("PERMANENT_SESSION_LIFETIME")).isEqualTo(Duration.ofHours(2));
                });
    }

    @Configuration(proxyBeanMethods = false)
    static class UserApp {
        @Bean
        Flask flask() {
            return new Flask("mine");
        }
    }

    @Test
    void aUserFlaskBeanReplacesTheAutoConfiguredOne() {
        runner.withUserConfiguration(UserApp.class).run(ctx -> {
            assertThat(ctx).hasSingleBean(Flask.class);
            assertThat(ctx.getBean(Flask.class).name()).isEqualTo("mine");
        });
    }

    static final List<String> ORDER = new ArrayList<>();

    @Configuration(proxyBeanMethods = false)
    static class Customizers {
        @Bean
        @Order(2)
        FlaskConfigurer second() {
            return app -> ORDER.add("second");
        }

        @Bean
        @Order(1)
        FlaskConfigurer first() {
            return app -> ORDER.add("first");
        }

        @Bean
        FlaskExtension database() {
            return new FlaskExtension() {
                @Override
                public String name() {
                    return "sqlite";
                }

                @Override
                public void initApp(Flask app) {
                    ORDER.add("extension");
                    app.config().putIfAbsent("DATABASE", "instance/flaskr.sqlite");
                }
            };
        }
    }

    @Test
    void configurersAndExtensionsAreAppliedInOrder() {
        ORDER.clear();
        runner.withUserConfiguration(Customizers.class).run(ctx -> {
            Flask app = ctx.getBean(Flask.class);
            assertThat(ORDER).containsExactly("first", "second", "extension");
            assertThat(app.extensions()).containsKey("sqlite");
            assertThat(app.config().get("DATABASE")).isEqualTo("instance/flaskr.sqlite");
        });
    }

    @Views(blueprint = "api", urlPrefix = "/api")
    static class ApiViews {
        @Route("/ping")
        Object ping() {
            return "pong";
        }
    }

    @Test
    void viewsBeansAreRegisteredAsBlueprints() {
        runner.withBean(ApiViews.class).run(ctx -> {
            Flask app = ctx.getBean(Flask.class);
            assertThat(app.blueprints()).containsKey("api");
            assertThat(app.urlMap().hasEndpoint("api.ping")).isTrue();
        });
    }

    @Test
    void webApplicationsGetTheHandlerMappingAndAdapter() {
        new WebApplicationContextRunner().withConfiguration(AutoConfigurations.of(FlaskAutoConfiguration.class))
                .run(ctx -> {
                    assertThat(ctx.getBeansOfType(FlaskHandlerMapping.class)).hasSize(2);
                    assertThat(ctx).hasSingleBean(FlaskHandlerAdapter.class);
                });
        runner.run(ctx -> assertThat(ctx).doesNotHaveBean(FlaskHandlerMapping.class));
    }

    @Configuration(proxyBeanMethods = false)
    static class UserWebBeans {
        @Bean
        FlaskHandlerAdapter flaskHandlerAdapter(Flask app) {
            FlaskHandlerAdapter adapter = new FlaskHandlerAdapter(app);
            adapter.setAsyncTimeoutMillis(1L);
            return adapter;
        }

        @Bean
        FlaskMiddlewareInitializer flaskMiddlewareInitializer(Flask app) {
            return new FlaskMiddlewareInitializer(app);
        }

        @Bean
        FlaskEventBridge flaskEventBridge(Flask app) {
            return new FlaskEventBridge(app, event -> { });
        }
    }

    @Test
    void eachWebBeanBacksOffForTheApplicationsOwn() {
        new WebApplicationContextRunner().withConfiguration(AutoConfigurations.of(FlaskAutoConfiguration.class))
                .withUserConfiguration(UserWebBeans.class)
                .run(ctx -> {
                    for (Class<?> type : List.of(FlaskHandlerAdapter.class, FlaskMiddlewareInitializer.class,
                            FlaskEventBridge.class)) {
                        assertThat(ctx).hasSingleBean(type);
                        String name = ctx.getBeanNamesForType(type)[0];
                        assertThat(ctx.getBeanFactory().getBeanDefinition(name).getFactoryBeanName())
                                .as(type.getSimpleName()).contains("UserWebBeans");
                    }
                });
    }

    @Test
    void aNonWebApplicationGetsTheAppButNoServletBeans() {
        runner.run(ctx -> {
            assertThat(ctx).hasSingleBean(Flask.class);
            assertThat(ctx).doesNotHaveBean(FlaskHandlerAdapter.class);
            assertThat(ctx).doesNotHaveBean(FlaskMiddlewareInitializer.class);
        });
    }

    @Test
    void theFormPostSizeFilterNeedsTomcatAndBacksOffForTheApplicationsOwn() {
        WebApplicationContextRunner web = new WebApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(FlaskAutoConfiguration.class));
        web.run(ctx -> assertThat(ctx).hasSingleBean(FormPostSizeFilter.class).hasSingleBean(TomcatFormPostSize.class));
        web.withClassLoader(new FilteredClassLoader(Tomcat.class))
                .run(ctx -> assertThat(ctx).doesNotHaveBean(FormPostSizeFilter.class));
        FormPostSizeFilter own = new FormPostSizeFilter(new Flask("own"), () -> 10, () -> 10);
        web.withBean(FormPostSizeFilter.class, () -> own)
                .run(ctx -> assertThat(ctx.getBean(FormPostSizeFilter.class)).isSameAs(own));
    }

    static final List<String> EVENTS = new ArrayList<>();

    static class Listener {
        @EventListener
        void onStart(RequestStarted event) {
            EVENTS.add("started " + event.app().name());
        }
    }

    @Test
    void signalsArePublishedAsSpringEvents() {
        EVENTS.clear();
        new WebApplicationContextRunner().withConfiguration(AutoConfigurations.of(FlaskAutoConfiguration.class))
                .withBean(Listener.class).withPropertyValues("flask.name=events").run(ctx -> {
                    Flask app = ctx.getBean(Flask.class);
                    app.route("/", "index", args -> "ok");
                    assertThat(app.testClient().get("/").text()).isEqualTo("ok");
                    assertThat(EVENTS).containsExactly("started events");
                });
    }

    @Test
    void onlyTheSignalEventsSomeSpringListenerAcceptsAreMade() {
        new WebApplicationContextRunner().withConfiguration(AutoConfigurations.of(FlaskAutoConfiguration.class))
                .withBean(Listener.class).run(ctx -> {
                    Flask app = ctx.getBean(Flask.class);
                    assertThat(app.publishesEvents(RequestStarted.class)).isTrue();
                    assertThat(app.publishesEvents(dev.flaskspring.signals.RequestFinished.class)).isFalse();
                    assertThat(app.publishesEvents(dev.flaskspring.signals.AppContextPushed.class)).isFalse();
                });
        new WebApplicationContextRunner().withConfiguration(AutoConfigurations.of(FlaskAutoConfiguration.class))
                .withBean("catchAll", org.springframework.context.ApplicationListener.class,
                        () -> (org.springframework.context.ApplicationListener<org.springframework.context.ApplicationEvent>) e -> { })
                .run(ctx -> assertThat(ctx.getBean(Flask.class).publishesEvents(
                        dev.flaskspring.signals.RequestFinished.class)).isTrue());
    }

    record Money(long cents) {
    }

    @Test
    void jsonGoesThroughBootsJsonMapperWithFlasksRules() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(
                        org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration.class,
                        FlaskAutoConfiguration.class))
                .withBean(org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer.class,
                        () -> builder -> builder.addModule(new tools.jackson.databind.module.SimpleModule()
                                .addSerializer(Money.class, new tools.jackson.databind.ValueSerializer<Money>() {
                                    @Override
                                    public void serialize(Money value, tools.jackson.core.JsonGenerator gen,
                                            tools.jackson.databind.SerializationContext ctxt) {
                                        gen.writeString(value.cents() / 100 + "." + value.cents() % 100 + " EUR");
                                    }
                                })))
                .run(ctx -> {
                    Flask app = ctx.getBean(Flask.class);
                    assertThat(app.json().dumps(java.util.Map.of("z", new Money(1250), "a", "é")))
                            .isEqualTo("{\"a\":\"\\u00e9\",\"z\":\"12.50 EUR\"}");
                });
    }
}
