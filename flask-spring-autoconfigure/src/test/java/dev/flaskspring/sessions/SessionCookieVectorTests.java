package dev.flaskspring.sessions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.json.JsonMapper;

/** Every case of {@code session_cookies.json}, made by real Flask: read in both directions, byte for byte. */
class SessionCookieVectorTests {

    @SuppressWarnings("unchecked")
    static Stream<Map<String, Object>> cases() throws Exception {
        try (InputStream in = SessionCookieVectorTests.class.getResourceAsStream("/vectors/session_cookies.json")) {
            Map<String, Object> file = JsonMapper.builder().build().readValue(in, Map.class);
            return ((List<Map<String, Object>>) file.get("cases")).stream();
        }
    }

    static Stream<Map<String, Object>> writtenCases() throws Exception {
        return cases().filter(c -> "valid".equals(c.get("category")) || "fallback".equals(c.get("category")));
    }

    static Stream<Map<String, Object>> rejectedCases() throws Exception {
        return cases().filter(c -> "reject".equals(c.get("expected")) && !"not_an_object".equals(c.get("reason"))
                && !"empty_cookie".equals(c.get("reason")));
    }

    @SuppressWarnings("unchecked")
    private static byte[] key(Object spec) {
        if (spec instanceof Map<?, ?> typed) {
            return Base64.getDecoder().decode(String.valueOf(((Map<String, Object>) typed).get("value")));
        }
        return String.valueOf(spec).getBytes(StandardCharsets.UTF_8);
    }

    @SuppressWarnings("unchecked")
    private static List<byte[]> keys(Map<String, Object> c) {
        List<byte[]> keys = new ArrayList<>();
        ((List<Object>) c.get("secret_key_fallbacks")).forEach(k -> keys.add(key(k)));
        keys.add(key(c.get("secret_key")));
        return keys;
    }

    private static long number(Map<String, Object> c, String field) {
        return ((Number) c.get(field)).longValue();
    }

    @ParameterizedTest(name = "{index} {0}")
    @MethodSource("cases")
    void readsAsFlaskDoes(Map<String, Object> c) {
        SessionSerializer serializer = new SessionSerializer(keys(c), new TaggedJsonSerializer(), () -> number(c, "verify_at"));
        String cookie = String.valueOf(c.get("cookie"));
        boolean lenient = Boolean.TRUE.equals(c.get("lenient"));
        Object decoded;
        try {
            decoded = serializer.loads(cookie, number(c, "max_age"));
        } catch (BadSignature e) {
            assertThat(lenient || "reject".equals(c.get("expected"))).as(c.get("id") + ": rejected: " + e.getMessage()).isTrue();
            return;
        }
        if ("reject".equals(c.get("expected"))) {
            assertThat(decoded).as(c.get("id") + " must not give a session").isNotInstanceOf(Map.class);
            return;
        }
        NeutralValues.assertSame(decoded, NeutralValues.toJava(c.get("decoded")), String.valueOf(c.get("id")));
    }

    @ParameterizedTest(name = "{index} {0}")
    @MethodSource("writtenCases")
    void writesAsFlaskDoes(Map<String, Object> c) {
        Object session = NeutralValues.toJava(c.get("session"));
        TaggedJsonSerializer json = new TaggedJsonSerializer();
        assertThat(json.dumps(session)).isEqualTo(c.get("tagged_json"));
        String signedWith = String.valueOf(c.get("signed_with"));
        byte[] signingKey = signedWith.equals("secret_key") ? key(c.get("secret_key"))
                : key(((List<?>) c.get("secret_key_fallbacks")).get(Integer.parseInt(signedWith.replaceAll("\\D", ""))));
        SessionSerializer serializer = new SessionSerializer(List.of(signingKey), json, () -> number(c, "timestamp"));
        String cookie = serializer.dumps(session);
        assertThat(cookie.startsWith(".")).isEqualTo(c.get("compressed"));
        assertThat(cookie).isEqualTo(c.get("cookie"));
        if (c.get("resigned_cookie") != null) {
            SessionSerializer current = new SessionSerializer(keys(c), json, () -> number(c, "timestamp"));
            assertThat(current.dumps(session)).isEqualTo(c.get("resigned_cookie"));
        }
    }

    @ParameterizedTest(name = "{index} {0}")
    @MethodSource("rejectedCases")
    void rejectedCookiesAreBadSignatures(Map<String, Object> c) {
        SessionSerializer serializer = new SessionSerializer(keys(c), new TaggedJsonSerializer(), () -> number(c, "verify_at"));
        assertThatThrownBy(() -> serializer.loads(String.valueOf(c.get("cookie")), number(c, "max_age")))
                .isInstanceOf(BadSignature.class);
    }
}
