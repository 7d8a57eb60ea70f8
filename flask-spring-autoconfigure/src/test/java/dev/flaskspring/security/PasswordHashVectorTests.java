package dev.flaskspring.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.json.JsonMapper;

/** Every case of {@code password_hashes.json} and {@code scrypt_limits.json}, made by real werkzeug, checks as recorded. */
class PasswordHashVectorTests {

    @SuppressWarnings("unchecked")
    static Stream<Map<String, Object>> cases() throws Exception {
        try (InputStream in = PasswordHashVectorTests.class.getResourceAsStream("/vectors/password_hashes.json")) {
            Map<String, Object> file = JsonMapper.builder().build().readValue(in, Map.class);
            return ((List<Map<String, Object>>) file.get("cases")).stream();
        }
    }

    @ParameterizedTest(name = "{index} {0}")
    @MethodSource("cases")
    void checksAsWerkzeugDoes(Map<String, Object> c) {
        String hash = String.valueOf(c.get("hash"));
        String password = String.valueOf(c.get("password"));
        boolean lenient = Boolean.TRUE.equals(c.get("lenient"));
        switch (String.valueOf(c.get("expected"))) {
            case "match" -> {
                if (lenient) {
                    try {
                        assertThat(Passwords.checkPasswordHash(hash, password)).isTrue();
                    } catch (IllegalArgumentException rejected) {
                        // Lenient spellings may be refused.
                    }
                } else {
                    assertThat(Passwords.checkPasswordHash(hash, password)).as(String.valueOf(c.get("id"))).isTrue();
                }
            }
            case "mismatch" -> assertThat(Passwords.checkPasswordHash(hash, password)).as(String.valueOf(c.get("id"))).isFalse();
            default -> assertThatThrownBy(() -> Passwords.checkPasswordHash(hash, password))
                    .as(String.valueOf(c.get("id"))).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @SuppressWarnings("unchecked")
    static Stream<Map<String, Object>> scryptLimits() throws Exception {
        try (InputStream in = PasswordHashVectorTests.class.getResourceAsStream("/vectors/scrypt_limits.json")) {
            Map<String, Object> file = JsonMapper.builder().build().readValue(in, Map.class);
            return ((List<Map<String, Object>>) file.get("cases")).stream();
        }
    }

    /** Python's refusals, in its words, before any memory is taken: never an {@link OutOfMemoryError}. */
    @ParameterizedTest(name = "{index} {0}")
    @MethodSource("scryptLimits")
    void scryptParametersAreRefusedAsHashlibRefusesThem(Map<String, Object> c) {
        String hash = String.valueOf(c.get("hash"));
        String password = String.valueOf(c.get("password"));
        if (c.get("expected").equals("match")) {
            assertThat(Passwords.checkPasswordHash(hash, password)).as(String.valueOf(c.get("id"))).isTrue();
        } else {
            String error = String.valueOf(c.get("error"));
            assertThatThrownBy(() -> Passwords.checkPasswordHash(hash, password)).as(String.valueOf(c.get("id")))
                    .isExactlyInstanceOf(IllegalArgumentException.class)
                    .hasMessage(error.substring(error.indexOf(": ") + 2));
        }
    }

    @Test
    void generatedHashesUseWerkzeugDefaultsAndCheck() {
        String hash = Passwords.generatePasswordHash("hunter2");
        assertThat(hash).matches("scrypt:32768:8:1\\$[A-Za-z0-9]{16}\\$[0-9a-f]{128}");
        assertThat(Passwords.checkPasswordHash(hash, "hunter2")).isTrue();
        assertThat(Passwords.checkPasswordHash(hash, "hunter3")).isFalse();
    }

    @Test
    void pbkdf2MethodIsWrittenOutInFull() {
        String hash = Passwords.generatePasswordHash("pw", "pbkdf2:sha256:1000", 8);
        assertThat(hash).matches("pbkdf2:sha256:1000\\$[A-Za-z0-9]{8}\\$[0-9a-f]{64}");
        assertThat(Passwords.checkPasswordHash(hash, "pw")).isTrue();
    }
}
