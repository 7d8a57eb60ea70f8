package dev.flaskspring.wtf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Flask-WTF's {@code same_origin} on the referrers of {@code csrf_vectors.json}: the same verdict, and "not the
 * same origin" where Python's {@code urlparse} raised {@code ValueError} (a 500 in Flask-WTF).
 */
class SameOriginTests {

    static Stream<Map<String, Object>> cases() {
        return CsrfVectors.section("same_origin").stream();
    }

    @ParameterizedTest(name = "{index} {0}")
    @MethodSource("cases")
    void judgesAsFlaskWtfDoes(Map<String, Object> c) {
        Object python = c.get("same_origin");
        boolean expected = Boolean.TRUE.equals(python);
        assertThat(SameOrigin.test((String) c.get("referrer"), (String) c.get("good_referrer")))
                .as("%s against %s (Python: %s)", c.get("referrer"), c.get("good_referrer"), python)
                .isEqualTo(expected);
    }
}
