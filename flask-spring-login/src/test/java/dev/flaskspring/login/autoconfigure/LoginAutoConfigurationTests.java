package dev.flaskspring.login.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flaskspring.Flask;
import dev.flaskspring.autoconfigure.FlaskAutoConfiguration;
import dev.flaskspring.ctx.RequestContext;
import dev.flaskspring.login.Login;
import dev.flaskspring.login.LoginManager;
import dev.flaskspring.login.UserLoader;
import dev.flaskspring.login.UserLoggedIn;
import dev.flaskspring.login.UserMixin;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;

/** {@link LoginAutoConfiguration}: the manager bean, its user loader, its back-off and its absence, the typed properties. */
class LoginAutoConfigurationTests {

    record User(String getId) implements UserMixin {
    }

    final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(FlaskAutoConfiguration.class, LoginAutoConfiguration.class))
            .withPropertyValues("flask.secret-key=test key");

    @Configuration(proxyBeanMethods = false)
    static class Users {
        @Bean
        UserLoader users() {
            return id -> new User(id);
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class OwnManager {
        @Bean
        LoginManager myLoginManager() {
            LoginManager manager = new LoginManager();
            manager.setLoginView("mine");
            return manager;
        }
    }

    static class Events {
        final List<UserLoggedIn> loggedIn = new ArrayList<>();

        @EventListener
        void on(UserLoggedIn event) {
            loggedIn.add(event);
        }
    }

    @Test
    void aLoginManagerBeanIsAppliedToTheApp() {
        runner.run(ctx -> {
            assertThat(ctx).hasSingleBean(LoginManager.class);
            Flask app = ctx.getBean(Flask.class);
            assertThat(LoginManager.of(app)).isSameAs(ctx.getBean(LoginManager.class));
            assertThat(ctx.getBean(LoginManager.class).userLoader()).isNull();
        });
    }

    @Test
    void theUserLoaderBeanLoadsTheUsers() {
        runner.withUserConfiguration(Users.class).run(ctx -> {
            LoginManager manager = ctx.getBean(LoginManager.class);
            assertThat(manager.userLoader()).isSameAs(ctx.getBean(UserLoader.class));
            assertThat(manager.userLoader().apply("7").getId()).isEqualTo("7");
        });
    }

    @Test
    void backsOffWhenTheApplicationDefinesALoginManager() {
        runner.withUserConfiguration(OwnManager.class).run(ctx -> {
            assertThat(ctx).hasSingleBean(LoginManager.class);
            assertThat(ctx.getBean(LoginManager.class).getLoginView()).isEqualTo("mine");
            assertThat(LoginManager.of(ctx.getBean(Flask.class)).getLoginView()).isEqualTo("mine");
        });
    }

    @Test
    void absentWithoutFlaskSpringLoginOnTheClasspath() {
        runner.withClassLoader(new FilteredClassLoader(LoginManager.class)).run(ctx -> {
            assertThat(ctx).hasSingleBean(Flask.class);
            assertThat(ctx).doesNotHaveBean(LoginManager.class);
            assertThat(ctx).doesNotHaveBean(LoginProperties.class);
        });
    }

    @Test
    void flaskLoginPropertiesBecomeTypedConfigKeys() {
        runner.withPropertyValues("flask.remember-cookie-duration=7d", "flask.remember-cookie-secure=true",
                "flask.remember-cookie-httponly=false", "flask.use-session-for-next=true",
                "flask.login-disabled=false", "flask.session-protection=strong", "flask.remember-cookie-name=keep")
                .run(ctx -> {
                    var config = ctx.getBean(Flask.class).config();
                    assertThat(config.get("REMEMBER_COOKIE_DURATION")).isEqualTo(Duration.ofDays(7));
                    assertThat(config.get("REMEMBER_COOKIE_SECURE")).isEqualTo(true);
                    assertThat(config.get("REMEMBER_COOKIE_HTTPONLY")).isEqualTo(false);
                    assertThat(config.get("USE_SESSION_FOR_NEXT")).isEqualTo(true);
                    assertThat(config.get("LOGIN_DISABLED")).isEqualTo(false);
                    assertThat(config.get("SESSION_PROTECTION")).isEqualTo("strong");
                    assertThat(config.get("REMEMBER_COOKIE_NAME")).isEqualTo("keep");
                });
    }

    @Test
    void aBareDurationIsSecondsAsInFlaskLogin() {
        runner.withPropertyValues("flask.remember-cookie-duration=172800").run(ctx -> assertThat(
                ctx.getBean(Flask.class).config().get("REMEMBER_COOKIE_DURATION")).isEqualTo(Duration.ofDays(2)));
    }

    @Test
    void loginSignalsArePublishedAsSpringEvents() {
        runner.withUserConfiguration(Users.class).withBean(Events.class).run(ctx -> {
            Flask app = ctx.getBean(Flask.class);
            try (RequestContext request = app.testRequestContext("/")) {
                Login.loginUser(new User("1"));
            }
            List<UserLoggedIn> events = ctx.getBean(Events.class).loggedIn;
            assertThat(events).hasSize(1);
            assertThat(events.get(0).user().getId()).isEqualTo("1");
            assertThat(events.get(0).app()).isSameAs(app);
        });
    }
}
