package dev.flaskspring.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flaskspring.Flask;
import dev.flaskspring.Globals;
import dev.flaskspring.sessions.SecureCookieSessionInterface;
import dev.flaskspring.sessions.SessionSerializer;
import dev.flaskspring.testing.FlaskClient;
import dev.flaskspring.testing.TestResponse;
import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.Deflater;
import org.junit.jupiter.api.Test;

/**
 * 10,000 generated hostile session cookies (bit flips in the decoded parts, truncation, dots added or
 * removed, parts re-encoded, a wrong key, an expired or future timestamp, huge payloads, compression
 * bombs): each gives an empty session and a normal response, logs no error, and allocates a bounded
 * amount of memory.
 */
class SessionCookieFuzzTests {

    private static final int CASES = 10_000;
    private static final long NOW = 1_700_000_000L;
    private static final long MAX_BYTES_PER_REQUEST = 24L * 1024 * 1024;
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder B64D = Base64.getUrlDecoder();

    private final SessionSerializer rightKey = serializer("the right secret key", NOW);
    private final String valid = rightKey.dumps(Map.of("user_id", 1, "name", "x".repeat(60)));

    private static SessionSerializer serializer(String key, long now) {
        return new SessionSerializer(List.of(key.getBytes(StandardCharsets.UTF_8)),
                new dev.flaskspring.sessions.TaggedJsonSerializer(), () -> now);
    }

    @Test
    void hostileCookiesGiveAnEmptySessionANormalResponseAndNoError() {
        Flask app = new Flask("hostile");
        app.config().put("SECRET_KEY", "the right secret key");
        app.sessionInterface(new SecureCookieSessionInterface(() -> NOW + 60));
        app.route("/", "index", args -> String.valueOf(Globals.session().get("user_id")));
        FlaskClient client = app.testClient();
        assertThat(send(client, valid).text()).as("the unmutated cookie is valid").isEqualTo("1");

        long seed = Seeds.seed();
        Random random = Seeds.random(seed);
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long id = Thread.currentThread().getId();
        try (CapturedErrors logs = new CapturedErrors()) {
            for (int i = 0; i < CASES; i++) {
                String cookie = mutate(random);
                long before = threads.getThreadAllocatedBytes(id);
                TestResponse rv = send(client, cookie);
                long allocated = threads.getThreadAllocatedBytes(id) - before;
                String what = "seed " + seed + ", case " + i + ", cookie " + abbreviate(cookie);
                assertThat(rv.statusCode()).as(what).isEqualTo(200);
                assertThat(rv.text()).as(what).isIn("null", "1");
                if (rv.text().equals("1")) {
                    assertThat(sameSignedCookie(cookie)).as(what + ": only a valid cookie opens the session").isTrue();
                }
                assertThat(allocated).as(what + ": bytes allocated").isLessThan(MAX_BYTES_PER_REQUEST);
            }
            assertThat(logs.errors()).as("seed " + seed).isEmpty();
        }
    }

    /**
     * Whether {@code cookie} is the valid cookie: the same signed text and the same signature bytes. The
     * signature's text may differ: {@code =} padding and the unused low bits of its last base64 character
     * ({@code E} and {@code F} there decode alike) are ignored, as itsdangerous' base64 decoding ignores them.
     */
    private boolean sameSignedCookie(String cookie) {
        int dot = cookie.lastIndexOf('.');
        int validDot = valid.lastIndexOf('.');
        if (dot < 0 || !cookie.substring(0, dot).equals(valid.substring(0, validDot))) {
            return false;
        }
        try {
            return Arrays.equals(B64D.decode(cookie.substring(dot + 1).replaceAll("=+$", "")),
                    B64D.decode(valid.substring(validDot + 1)));
        } catch (IllegalArgumentException notBase64) {
            return false;
        }
    }

    private static TestResponse send(FlaskClient client, String cookie) {
        return client.open(dev.flaskspring.testing.TestRequest.get("/").header("Cookie", "session=" + cookie));
    }

    private String mutate(Random random) {
        return switch (random.nextInt(10)) {
            case 0 -> flipBitsInPart(random);
            case 1 -> valid.substring(0, random.nextInt(valid.length()));
            case 2 -> insertOrRemoveDots(random);
            case 3 -> reencodePart(random);
            case 4 -> serializer("a wrong key", NOW).dumps(Map.of("user_id", 1));
            case 5 -> serializer("the right secret key", NOW - 32L * 24 * 3600 - random.nextInt(1000)).dumps(Map.of("user_id", 1));
            case 6 -> serializer("the right secret key", NOW + 3600 + random.nextInt(100_000)).dumps(Map.of("user_id", 1));
            case 7 -> hugePayload(random);
            case 8 -> compressionBomb(random);
            default -> randomEdits(random);
        };
    }

    private String flipBitsInPart(Random random) {
        String[] parts = valid.split("\\.", -1);
        int p = random.nextInt(parts.length);
        String part = parts[p];
        if (part.isEmpty()) {
            return valid + "A";
        }
        byte[] bytes = B64D.decode(part);
        int flips = 1 + random.nextInt(3);
        for (int f = 0; f < flips && bytes.length > 0; f++) {
            bytes[random.nextInt(bytes.length)] ^= (byte) (1 << random.nextInt(8));
        }
        parts[p] = B64.encodeToString(bytes);
        return String.join(".", parts);
    }

    private String insertOrRemoveDots(Random random) {
        StringBuilder cookie = new StringBuilder(valid);
        int edits = 1 + random.nextInt(3);
        for (int e = 0; e < edits; e++) {
            int dot = cookie.indexOf(".", random.nextInt(cookie.length()));
            if (random.nextBoolean() && dot >= 0) {
                cookie.deleteCharAt(dot);
            } else {
                cookie.insert(random.nextInt(cookie.length() + 1), '.');
            }
        }
        return cookie.toString();
    }

    private String reencodePart(Random random) {
        String[] parts = valid.split("\\.", -1);
        int p = random.nextInt(parts.length);
        byte[] bytes = parts[p].isEmpty() ? new byte[0] : B64D.decode(parts[p]);
        parts[p] = random.nextBoolean() ? Base64.getEncoder().encodeToString(bytes)
                : Base64.getUrlEncoder().encodeToString(bytes);
        return String.join(".", parts);
    }

    private String hugePayload(Random random) {
        byte[] junk = new byte[4_096 + random.nextInt(60_000)];
        random.nextBytes(junk);
        return B64.encodeToString(junk) + "." + valid.substring(valid.indexOf('.') + 1);
    }

    private final List<String> bombs = List.of(compressionBomb(1), compressionBomb(4), compressionBomb(16));

    private String compressionBomb(Random random) {
        return bombs.get(random.nextInt(bombs.size()));
    }

    /** A payload inflating to {@code megabytes} of zeros, with the valid cookie's timestamp and signature. */
    private String compressionBomb(int megabytes) {
        byte[] zeros = new byte[megabytes * 1024 * 1024];
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        deflater.setInput(zeros);
        deflater.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        while (!deflater.finished()) {
            out.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();
        String payload = "." + B64.encodeToString(out.toByteArray());
        String[] signed = valid.substring(1).split("\\.");
        return payload + "." + signed[signed.length - 2] + "." + signed[signed.length - 1];
    }

    private String randomEdits(Random random) {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.=+/";
        StringBuilder cookie = new StringBuilder(valid);
        int edits = 1 + random.nextInt(6);
        for (int e = 0; e < edits && cookie.length() > 0; e++) {
            int pos = random.nextInt(cookie.length());
            switch (random.nextInt(3)) {
                case 0 -> cookie.setCharAt(pos, alphabet.charAt(random.nextInt(alphabet.length())));
                case 1 -> cookie.deleteCharAt(pos);
                default -> cookie.insert(pos, alphabet.charAt(random.nextInt(alphabet.length())));
            }
        }
        return cookie.toString();
    }

    private static String abbreviate(String s) {
        return s.length() <= 120 ? s : s.substring(0, 120) + "...(" + s.length() + " chars)";
    }
}
