package dev.flaskspring.sessions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flaskspring.sessions.TimestampSigner.KeyDerivation;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.json.JsonMapper;

/** Every case of {@code timestamp_signer.json}, signed by itsdangerous 2.2: the same bytes, the same verdicts. */
class TimestampSignerTests {

    @SuppressWarnings("unchecked")
    static Stream<Map<String, Object>> cases() throws Exception {
        try (InputStream in = TimestampSignerTests.class.getResourceAsStream("/vectors/timestamp_signer.json")) {
            Map<String, Object> file = JsonMapper.builder().build().readValue(in, Map.class);
            return ((List<Map<String, Object>>) file.get("cases")).stream();
        }
    }

    private static TimestampSigner signer(Map<String, Object> c, String key, String clockField) {
        KeyDerivation derivation = "hmac".equals(c.get("key_derivation")) ? KeyDerivation.HMAC
                : KeyDerivation.DJANGO_CONCAT;
        long now = ((Number) c.get(clockField)).longValue();
        return new TimestampSigner(List.of(key.getBytes(StandardCharsets.UTF_8)), (String) c.get("salt"), derivation,
                () -> now);
    }

    private static String unsign(TimestampSigner signer, Map<String, Object> c) throws BadSignature {
        Number maxAge = (Number) c.get("max_age");
        String signed = (String) c.get("signed");
        return maxAge == null ? signer.unsign(signed) : signer.unsign(signed, maxAge.longValue());
    }

    @ParameterizedTest(name = "{index} {0}")
    @MethodSource("cases")
    void signsAsItsdangerousDoes(Map<String, Object> c) {
        assertThat(signer(c, (String) c.get("secret_key"), "signed_at").sign((String) c.get("value")))
                .isEqualTo(c.get("signed"));
    }

    @ParameterizedTest(name = "{index} {0}")
    @MethodSource("cases")
    void unsignsAsItsdangerousDoes(Map<String, Object> c) {
        TimestampSigner signer = signer(c, (String) c.get("secret_key"), "verify_at");
        if (c.containsKey("unsigned")) {
            assertThat(catchingUnsign(signer, c)).isEqualTo(c.get("unsigned"));
        } else if ("SignatureExpired".equals(c.get("error"))) {
            assertThatThrownBy(() -> unsign(signer, c)).isInstanceOf(SignatureExpired.class);
        } else {
            assertThatThrownBy(() -> unsign(signer, c)).isInstanceOf(BadSignature.class)
                    .isNotInstanceOf(SignatureExpired.class);
        }
    }

    @ParameterizedTest(name = "{index} {0}")
    @MethodSource("cases")
    void anotherKeyIsABadSignatureNotAnExpiredOne(Map<String, Object> c) {
        assertThat(c.get("other_key")).isEqualTo(Map.of("error", "BadSignature"));
        TimestampSigner other = signer(c, c.get("secret_key") + "x", "verify_at");
        assertThatThrownBy(() -> unsign(other, c)).isInstanceOf(BadSignature.class)
                .isNotInstanceOf(SignatureExpired.class);
    }

    private static String catchingUnsign(TimestampSigner signer, Map<String, Object> c) {
        try {
            return unsign(signer, c);
        } catch (BadSignature e) {
            throw new AssertionError("rejected: " + e.getMessage(), e);
        }
    }
}
