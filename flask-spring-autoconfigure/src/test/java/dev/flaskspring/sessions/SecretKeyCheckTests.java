package dev.flaskspring.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.flaskspring.Flask;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** The startup warning about a weak {@code SECRET_KEY}, which never shows the key. */
class SecretKeyCheckTests {

    private final Logger logger = (Logger) LoggerFactory.getLogger(SecretKeyCheck.class);
    private final ListAppender<ILoggingEvent> logs = new ListAppender<>();

    @BeforeEach
    void capture() {
        logs.start();
        logger.addAppender(logs);
    }

    @AfterEach
    void release() {
        logger.detachAppender(logs);
    }

    private static Flask app(Object key, boolean debug, boolean testing) {
        Flask app = new Flask("keyed");
        app.config().put("SECRET_KEY", key);
        app.config().put("DEBUG", debug);
        app.config().put("TESTING", testing);
        return app;
    }

    @Test
    void devEmptyOrShortKeysAreWarnedAboutWithoutShowingThem() {
        for (String key : List.of("dev", "", "fifteen bytes!!")) {
            logs.list.clear();
            SecretKeyCheck.warnIfWeak(app(key, false, false));
            assertThat(logs.list).hasSize(1);
            ILoggingEvent event = logs.list.get(0);
            assertThat(event.getLevel().toString()).isEqualTo("WARN");
            assertThat(event.getFormattedMessage()).contains("'keyed'").contains("SECRET_KEY");
            if (!key.isEmpty() && !key.equals("dev")) {
                assertThat(event.getFormattedMessage()).doesNotContain(key);
            }
        }
    }

    @Test
    void strongKeysDebugAndTestingAreQuiet() {
        SecretKeyCheck.warnIfWeak(app("a-long-random-secret-of-32-bytes", false, false));
        SecretKeyCheck.warnIfWeak(app("dev", true, false));
        SecretKeyCheck.warnIfWeak(app("dev", false, true));
        SecretKeyCheck.warnIfWeak(app(null, false, false));
        assertThat(logs.list).isEmpty();
        assertThat(SecretKeyCheck.isWeak(new byte[16])).isFalse();
        assertThat(SecretKeyCheck.isWeak(new byte[15])).isTrue();
    }

    @Test
    void theKeyIsNeverInTheConfigsTextTheCommandsOutputOrAnErrorPage() {
        String key = "s3cr3t-value-not-to-print";
        Flask app = app(key, false, false);
        assertThat(app.config().toString()).doesNotContain(key).contains("SECRET_KEY");
        app.route("/", "index", args -> {
            throw new IllegalStateException(String.valueOf(dev.flaskspring.Globals.currentApp().config()));
        });
        assertThat(app.testCliRunner().invoke("routes").output()).doesNotContain(key).contains("index");
        assertThat(app.testCliRunner().invoke("help").output()).doesNotContain(key);
        var rv = app.testClient().get("/");
        assertThat(rv.statusCode()).isEqualTo(500);
        assertThat(rv.text()).doesNotContain(key).doesNotContain("SECRET_KEY");
        assertThat(logs.list).noneMatch(e -> e.getFormattedMessage().contains(key));
    }
}
