package dev.flaskspring.wtf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flaskspring.config.Config;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading {@code WTF_CSRF_*} values as Flask sets them and as Spring Boot properties give them. */
class CsrfConfigTests {

    final Config config = new Config(Path.of("."));

    @Test
    void defaultsAreFlaskWtfs() {
        CsrfConfig.setDefaults(config);
        assertThat(config.get("WTF_CSRF_ENABLED")).isEqualTo(true);
        assertThat(config.get("WTF_CSRF_CHECK_DEFAULT")).isEqualTo(true);
        assertThat(config.get("WTF_CSRF_METHODS")).isEqualTo(List.of("POST", "PUT", "PATCH", "DELETE"));
        assertThat(config.get("WTF_CSRF_FIELD_NAME")).isEqualTo("csrf_token");
        assertThat(config.get("WTF_CSRF_HEADERS")).isEqualTo(List.of("X-CSRFToken", "X-CSRF-Token"));
        assertThat(config.get("WTF_CSRF_META_NAME")).isEqualTo("csrf-token");
        assertThat(config.get("WTF_CSRF_TIME_LIMIT")).isEqualTo(3600L);
        assertThat(config.get("WTF_CSRF_SSL_STRICT")).isEqualTo(true);
        assertThat(config).doesNotContainKey("WTF_CSRF_SECRET_KEY");
    }

    @Test
    void aTimeLimitSetToNullStaysNoLimit() {
        config.put("WTF_CSRF_TIME_LIMIT", null);
        CsrfConfig.setDefaults(config);
        assertThat(config).containsEntry("WTF_CSRF_TIME_LIMIT", null);
        assertThat(CsrfConfig.timeLimit(config, null)).isNull();
    }

    @Test
    void timeLimitsAreSecondsInAnyForm() {
        assertThat(CsrfConfig.timeLimit(config, null)).isEqualTo(3600L);
        config.put("WTF_CSRF_TIME_LIMIT", 60);
        assertThat(CsrfConfig.timeLimit(config, null)).isEqualTo(60L);
        assertThat(CsrfConfig.timeLimit(config, -1L)).isEqualTo(-1L);
        config.put("WTF_CSRF_TIME_LIMIT", 60.5);
        assertThat(CsrfConfig.timeLimit(config, null)).as("an age in whole seconds exceeds 60.5 when it exceeds 60")
                .isEqualTo(60L);
        config.put("WTF_CSRF_TIME_LIMIT", Duration.ofMinutes(2));
        assertThat(CsrfConfig.timeLimit(config, null)).isEqualTo(120L);
        config.put("WTF_CSRF_TIME_LIMIT", " 7200 ");
        assertThat(CsrfConfig.timeLimit(config, null)).isEqualTo(7200L);
        config.put("WTF_CSRF_TIME_LIMIT", "");
        assertThat(CsrfConfig.timeLimit(config, null)).isNull();
        config.put("WTF_CSRF_TIME_LIMIT", "an hour");
        assertThatThrownBy(() -> CsrfConfig.timeLimit(config, null)).isInstanceOf(IllegalStateException.class)
                .hasMessage("WTF_CSRF_TIME_LIMIT must be a number of seconds or null, not 'an hour'.");
    }

    @Test
    void methodsAndHeadersAreListsOrCommaSeparatedText() {
        config.put("WTF_CSRF_METHODS", "POST, DELETE");
        config.put("WTF_CSRF_HEADERS", List.of("X-Token"));
        CsrfConfig.setDefaults(config);
        assertThat(CsrfConfig.methods(config)).containsExactly("POST", "DELETE");
        assertThat(CsrfConfig.headers(config)).containsExactly("X-Token");
    }

    @Test
    void theSecretKeyIsTheCsrfOneElseTheAppOne() {
        assertThatThrownBy(() -> CsrfConfig.secretKey(config, null)).isInstanceOf(IllegalStateException.class)
                .hasMessage("A secret key is required to use CSRF.");
        config.put("SECRET_KEY", "app");
        assertThat(CsrfConfig.secretKey(config, null)).isEqualTo("app".getBytes());
        config.put("WTF_CSRF_SECRET_KEY", new byte[] {1, 2});
        assertThat(CsrfConfig.secretKey(config, null)).isEqualTo(new byte[] {1, 2});
        assertThat(CsrfConfig.secretKey(config, "explicit")).isEqualTo("explicit".getBytes());
    }

    @Test
    void aFieldNameSetToNullIsAnError() {
        config.put("WTF_CSRF_FIELD_NAME", null);
        assertThatThrownBy(() -> CsrfConfig.fieldName(config, null)).isInstanceOf(IllegalStateException.class)
                .hasMessage("A field name is required to use CSRF.");
        assertThat(CsrfConfig.fieldName(config, "oauth_token")).isEqualTo("oauth_token");
    }
}
