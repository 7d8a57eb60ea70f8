package dev.flaskspring.login;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/** The vectors {@code record_login_vectors.py} recorded from Flask 3.1.3 and Flask-Login 0.6.3. */
final class LoginVectors {

    private static final Map<String, Object> FILE = load();

    private LoginVectors() {
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> load() {
        try (InputStream in = LoginVectors.class.getResourceAsStream("/vectors/login_vectors.json")) {
            return JsonMapper.builder().build().readValue(in, Map.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Object get(String key) {
        return FILE.get(key);
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> list(String key) {
        return (List<Map<String, Object>>) FILE.get(key);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(String key) {
        return (Map<String, Object>) FILE.get(key);
    }

    /** The fixed time the recording ran at, epoch seconds. */
    static long now() {
        return ((Number) FILE.get("now")).longValue();
    }

    /** A config value as the script encoded it: timedeltas and bytes are tagged. */
    @SuppressWarnings("unchecked")
    static Object configValue(Object value) {
        if (value instanceof Map<?, ?> tagged) {
            Map<String, Object> m = (Map<String, Object>) tagged;
            if (m.containsKey("timedelta_seconds")) {
                return seconds(m.get("timedelta_seconds").toString());
            }
            if (m.containsKey("bytes_base64")) {
                return Base64.getDecoder().decode(String.valueOf(m.get("bytes_base64")));
            }
        }
        return value;
    }

    /** A number of seconds, possibly fractional, as a {@code Duration}. */
    static Duration seconds(String text) {
        BigDecimal seconds = new BigDecimal(text);
        return Duration.ofNanos(seconds.movePointRight(9).longValueExact());
    }
}
