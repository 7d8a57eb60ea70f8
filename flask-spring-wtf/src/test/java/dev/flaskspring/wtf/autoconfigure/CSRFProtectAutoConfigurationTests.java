package dev.flaskspring.wtf.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flaskspring.Flask;
import dev.flaskspring.autoconfigure.FlaskAutoConfiguration;
import dev.flaskspring.wtf.CSRFProtect;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The {@code CSRFProtect} bean: applied to the app, replaced by the application's own, absent without the class. */
class CSRFProtectAutoConfigurationTests {

    final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(FlaskAutoConfiguration.class, CSRFProtectAutoConfiguration.class));

    @Test
    void aCsrfProtectBeanIsAppliedToTheApp() {
        runner.run(ctx -> {
            assertThat(ctx).hasSingleBean(CSRFProtect.class);
            Flask app = ctx.getBean(Flask.class);
            assertThat(app.extensions().get("csrf")).isSameAs(ctx.getBean(CSRFProtect.class));
            assertThat(app.config().get("WTF_CSRF_METHODS")).isEqualTo(List.of("POST", "PUT", "PATCH", "DELETE"));
            assertThat(app.config().get("WTF_CSRF_TIME_LIMIT")).isEqualTo(3600L);
        });
    }

    @Test
    void flaskPropertiesConfigureIt() {
        runner.withPropertyValues("flask.wtf-csrf-time-limit=7200", "flask.wtf-csrf-methods=POST,DELETE",
                "flask.wtf-csrf-ssl-strict=false").run(ctx -> {
                    Flask app = ctx.getBean(Flask.class);
                    assertThat(app.config().get("WTF_CSRF_TIME_LIMIT")).isEqualTo("7200");
                    assertThat(app.config().get("WTF_CSRF_METHODS")).isEqualTo(List.of("POST", "DELETE"));
                    assertThat(app.config().getBoolean("WTF_CSRF_SSL_STRICT")).isFalse();
                });
    }

    @Test
    void anEmptyTimeLimitPropertyArrivesAsEmptyTextWhichMeansNoLimit() {
        runner.withPropertyValues("flask.wtf-csrf-time-limit=")
                .run(ctx -> assertThat(ctx.getBean(Flask.class).config().get("WTF_CSRF_TIME_LIMIT")).isEqualTo(""));
    }

    @Configuration(proxyBeanMethods = false)
    static class OwnCsrf {
        static final CSRFProtect MINE = new CSRFProtect();

        @Bean
        CSRFProtect myCsrf() {
            return MINE;
        }
    }

    @Test
    void backsOffWhenTheApplicationDefinesOne() {
        runner.withUserConfiguration(OwnCsrf.class).run(ctx -> {
            assertThat(ctx).hasSingleBean(CSRFProtect.class);
            assertThat(ctx.getBean(CSRFProtect.class)).isSameAs(OwnCsrf.MINE);
            assertThat(ctx.getBean(Flask.class).extensions().get("csrf")).isSameAs(OwnCsrf.MINE);
        });
    }

    @Test
    void isAbsentWithoutTheClass() {
        runner.withClassLoader(new FilteredClassLoader(CSRFProtect.class)).run(ctx -> {
            assertThat(ctx).doesNotHaveBean(CSRFProtect.class);
            assertThat(ctx.getBean(Flask.class).extensions()).doesNotContainKey("csrf");
        });
    }
}
