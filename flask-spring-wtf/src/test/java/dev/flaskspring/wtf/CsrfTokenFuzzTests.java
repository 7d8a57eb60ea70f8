package dev.flaskspring.wtf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flaskspring.Flask;
import dev.flaskspring.sessions.SecureCookieSessionInterface;
import dev.flaskspring.sessions.TimestampSigner;
import dev.flaskspring.sessions.TimestampSigner.KeyDerivation;
import dev.flaskspring.testing.FlaskClient;
import dev.flaskspring.testing.TestRequest;
import dev.flaskspring.testing.TestResponse;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.zip.Deflater;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * 5,000 generated hostile CSRF tokens (bit flips, truncation, dots added or removed, parts re-encoded, other keys
 * and salts, expired and future timestamps, oversized and random text, compression bombs and non-string payloads
 * signed with the right key) against a Python-issued session: each is a 400 with one of Flask-WTF's messages,
 * never a 500; only the genuine token passes.
 * <p>{@code -Dfuzz.seed=N} replays a run, {@code -Dfuzz.seed=random} explores (the seed is printed and is in
 * every assertion message).
 */
@ExtendWith(NoLeakedContexts.class)
class CsrfTokenFuzzTests {

    private static final int CASES = 5_000;
    private static final long DEFAULT_SEED = 20_261_231L;
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder B64D = Base64.getUrlDecoder();
    private static final List<String> MESSAGES = List.of(CSRFError.TOKEN_MISSING, CSRFError.TOKEN_EXPIRED,
            CSRFError.TOKEN_INVALID, CSRFError.TOKENS_DO_NOT_MATCH);

    private final Map<String, Object> vector = CsrfVectors.section("requests").get(0);
    private final String secretKey = CsrfVectors.pythonSecretKey();
    private final long issuedAt = ((Number) vector.get("issued_at")).longValue();
    private final long now = ((Number) vector.get("request_at")).longValue();
    private final String valid = (String) vector.get("issued_token");
    private final String rawToken = (String) vector.get("raw_token");

    static long seed() {
        String property = System.getProperty("fuzz.seed");
        if (property == null || property.isBlank()) {
            return DEFAULT_SEED;
        }
        if (property.equals("random")) {
            long seed = System.nanoTime();
            System.out.println("CsrfTokenFuzzTests: -Dfuzz.seed=" + seed);
            return seed;
        }
        return Long.parseLong(property);
    }

    @Test
    void hostileTokensAreA400WithFlaskWtfsMessageNeverA500() {
        Flask app = new Flask("hostile");
        app.config().put("SECRET_KEY", secretKey);
        app.sessionInterface(new SecureCookieSessionInterface(() -> now));
        new CSRFProtect(() -> now).initApp(app);
        app.route("/", "index", Set.of("GET", "POST"), args -> "ok");
        FlaskClient client = app.testClient();
        client.setCookie("session", (String) vector.get("session_cookie"));
        assertThat(send(client, valid, false).text()).as("the genuine token passes").isEqualTo("ok");

        long seed = seed();
        Random random = new Random(seed);
        Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < CASES; i++) {
            String token = mutate(random);
            boolean inHeader = random.nextBoolean() && isHeaderSafe(token);
            TestResponse response = send(client, token, inHeader);
            String what = "seed " + seed + ", case " + i + ", token " + abbreviate(token);
            if (response.statusCode() == 200) {
                assertThat(token.replaceAll("=+$", "")).as(what + ": only the genuine token passes").isEqualTo(valid);
                continue;
            }
            assertThat(response.statusCode()).as(what).isEqualTo(400);
            String message = MESSAGES.stream().filter(m -> response.text().contains("<p>" + m + "</p>")).findFirst()
                    .orElseThrow(() -> new AssertionError(what + ": not Flask-WTF's page: " + response.text()));
            seen.add(message);
        }
        assertThat(seen).as("seed " + seed + ": the mutations reach every check past the signature")
                .contains(CSRFError.TOKEN_INVALID, CSRFError.TOKEN_EXPIRED, CSRFError.TOKENS_DO_NOT_MATCH);
    }

    private static TestResponse send(FlaskClient client, String token, boolean inHeader) {
        TestRequest request = TestRequest.post("/");
        return client.open(inHeader ? request.header("X-CSRFToken", token) : request.form(Map.of("csrf_token", token)));
    }

    private static boolean isHeaderSafe(String token) {
        return token.chars().allMatch(c -> c > 0x20 && c < 0x7f);
    }

    private String mutate(Random random) {
        return switch (random.nextInt(12)) {
            case 0 -> flipBitsInPart(random);
            case 1 -> valid.substring(0, random.nextInt(valid.length()));
            case 2 -> insertOrRemoveDots(random);
            case 3 -> reencodePart(random);
            case 4 -> signed("another key", CsrfTokenSerializer.SALT, issuedAt, json(rawToken));
            case 5 -> signed(secretKey, "another salt", issuedAt, json(rawToken));
            case 6 -> signed(secretKey, CsrfTokenSerializer.SALT, issuedAt - 3591 - random.nextInt(1_000_000),
                    json(rawToken));
            case 7 -> signed(secretKey, CsrfTokenSerializer.SALT, now + 1 + random.nextInt(1_000_000), json(rawToken));
            case 8 -> oversized(random);
            case 9 -> signedOddPayload(random);
            case 10 -> randomText(random);
            default -> randomEdits(random);
        };
    }

    /** {@code payload} signed as Flask-WTF signs, with any key, salt and time. */
    private static String signed(String key, String salt, long at, String payload) {
        return new TimestampSigner(List.of(key.getBytes(StandardCharsets.UTF_8)), salt, KeyDerivation.DJANGO_CONCAT,
                () -> at).sign(payload);
    }

    private static String json(String text) {
        return B64.encodeToString(CsrfTokenSerializer.jsonString(text).getBytes(StandardCharsets.UTF_8));
    }

    private String flipBitsInPart(Random random) {
        String[] parts = valid.split("\\.", -1);
        int p = random.nextInt(parts.length);
        if (parts[p].isEmpty()) {
            return valid + "A";
        }
        byte[] bytes = B64D.decode(parts[p]);
        for (int f = 1 + random.nextInt(3); f > 0 && bytes.length > 0; f--) {
            bytes[random.nextInt(bytes.length)] ^= (byte) (1 << random.nextInt(8));
        }
        parts[p] = B64.encodeToString(bytes);
        return String.join(".", parts);
    }

    private String insertOrRemoveDots(Random random) {
        StringBuilder token = new StringBuilder(valid);
        for (int e = 1 + random.nextInt(3); e > 0; e--) {
            int dot = token.indexOf(".", random.nextInt(token.length()));
            if (random.nextBoolean() && dot >= 0) {
                token.deleteCharAt(dot);
            } else {
                token.insert(random.nextInt(token.length() + 1), '.');
            }
        }
        return token.toString();
    }

    private String reencodePart(Random random) {
        String[] parts = valid.split("\\.", -1);
        int p = random.nextInt(parts.length);
        byte[] bytes = parts[p].isEmpty() ? new byte[0] : B64D.decode(parts[p]);
        parts[p] = random.nextBoolean() ? Base64.getEncoder().encodeToString(bytes)
                : Base64.getUrlEncoder().encodeToString(bytes);
        return String.join(".", parts);
    }

    /**
     * Up to 256 KiB of random base64 (under Flask's {@code MAX_FORM_MEMORY_SIZE}) in front of the genuine
     * timestamp and signature, or after the signature.
     */
    private String oversized(Random random) {
        byte[] junk = new byte[4_096 + random.nextInt(192 * 1024)];
        random.nextBytes(junk);
        return random.nextBoolean() ? B64.encodeToString(junk) + valid.substring(valid.indexOf('.'))
                : valid + B64.encodeToString(junk);
    }

    private final List<String> bombs = List.of(bomb(1), bomb(8));

    /** Signed with the right key: a zlib bomb, JSON that is not a string, or bytes that are not JSON. */
    private String signedOddPayload(Random random) {
        String payload = switch (random.nextInt(4)) {
            case 0 -> bombs.get(random.nextInt(bombs.size()));
            case 1 -> B64.encodeToString(List.of("123", "null", "{\"a\":1}", "[\"" + rawToken + "\"]", "true")
                    .get(random.nextInt(5)).getBytes(StandardCharsets.UTF_8));
            case 2 -> B64.encodeToString(new byte[] {(byte) 0xff, '"', 'x'});
            default -> "." + B64.encodeToString("not zlib".getBytes(StandardCharsets.UTF_8));
        };
        return signed(secretKey, CsrfTokenSerializer.SALT, issuedAt, payload);
    }

    /** A compressed payload inflating to {@code megabytes} of zeros. */
    private static String bomb(int megabytes) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        deflater.setInput(new byte[megabytes << 20]);
        deflater.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        while (!deflater.finished()) {
            out.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();
        return "." + B64.encodeToString(out.toByteArray());
    }

    private static String randomText(Random random) {
        StringBuilder text = new StringBuilder();
        for (int n = random.nextInt(200); n > 0; n--) {
            text.appendCodePoint(random.nextInt(4) == 0 ? random.nextInt(0x11000) : 0x20 + random.nextInt(0x5f));
        }
        return text.toString().replaceAll("[\\ud800-\\udfff]", "?");
    }

    private String randomEdits(Random random) {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.=+/%\"\\ ";
        StringBuilder token = new StringBuilder(valid);
        for (int e = 1 + random.nextInt(6); e > 0 && token.length() > 0; e--) {
            int pos = random.nextInt(token.length());
            switch (random.nextInt(3)) {
                case 0 -> token.setCharAt(pos, alphabet.charAt(random.nextInt(alphabet.length())));
                case 1 -> token.deleteCharAt(pos);
                default -> token.insert(pos, alphabet.charAt(random.nextInt(alphabet.length())));
            }
        }
        return token.toString();
    }

    private static String abbreviate(String s) {
        return s.length() <= 120 ? s : s.substring(0, 120) + "...(" + s.length() + " chars)";
    }
}
