package dev.flaskspring.sessions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flaskspring.Flask;
import dev.flaskspring.Globals;
import dev.flaskspring.reliability.Seeds;
import dev.flaskspring.testing.FlaskClient;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.zip.Deflater;
import org.junit.jupiter.api.Test;

/** Bad session cookies give an empty session and a normal response, never an error. */
class HostileCookieTests {

    static final String VALID = "eyJ1c2VyX2lkIjoxfQ.ZVPxAA.-iTHWki8YqEjY8B2FguGpvAGqyg";
    static final long SIGNED_AT = 1700000000L;

    private static TimestampSigner signer() {
        return new TimestampSigner(List.of("dev".getBytes(StandardCharsets.UTF_8)), SessionSerializer.SALT, () -> SIGNED_AT);
    }

    private static SessionSerializer serializer() {
        return new SessionSerializer(List.of("dev".getBytes(StandardCharsets.UTF_8)), new TaggedJsonSerializer(),
                () -> SIGNED_AT + 60);
    }

    @Test
    void aZlibBombSignedWithTheRightKeyIsRefusedWithoutInflatingIt() {
        byte[] zeros = new byte[64 << 20];
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        deflater.setInput(zeros);
        deflater.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[8192];
        while (!deflater.finished()) {
            out.write(buf, 0, deflater.deflate(buf));
        }
        deflater.end();
        String cookie = signer().sign("." + Base64.getUrlEncoder().withoutPadding().encodeToString(out.toByteArray()));
        assertThatThrownBy(() -> serializer().loads(cookie, 2678400)).isInstanceOf(BadSignature.class)
                .hasMessageContaining("larger than");
    }

    @Test
    void signedButMalformedPayloadsAreBadSignatures() {
        for (String payload : List.of("!!!notbase64", b64("{not json"), b64("{\" u\":\"nothex\"}"), b64("[1,2]x"))) {
            String cookie = signer().sign(payload);
            assertThatThrownBy(() -> serializer().loads(cookie, 2678400)).as(payload).isInstanceOf(BadSignature.class);
        }
    }

    @Test
    void unknownTagsStayPlainMaps() throws BadSignature {
        String cookie = signer().sign(b64("{\"a\":{\" x\":1}}"));
        assertThat(serializer().loads(cookie, 2678400)).isEqualTo(java.util.Map.of("a", java.util.Map.of(" x", 1)));
    }

    private static String b64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void seededRandomMutationsNeverBreakTheRequest() {
        Flask app = new Flask("hostile");
        app.config().put("SECRET_KEY", "dev");
        app.sessionInterface(new SecureCookieSessionInterface(() -> SIGNED_AT + 60));
        app.route("/", "index", args -> String.valueOf(Globals.session().get("user_id")));
        FlaskClient client = app.testClient();
        long seed = Seeds.seed();
        Random random = Seeds.random(seed);
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.=+/ ";
        for (int i = 0; i < 2_000; i++) {
            StringBuilder cookie = new StringBuilder(VALID);
            int edits = 1 + random.nextInt(4);
            for (int e = 0; e < edits; e++) {
                int pos = random.nextInt(cookie.length());
                switch (random.nextInt(3)) {
                    case 0 -> cookie.setCharAt(pos, alphabet.charAt(random.nextInt(alphabet.length())));
                    case 1 -> cookie.deleteCharAt(pos);
                    default -> cookie.insert(pos, alphabet.charAt(random.nextInt(alphabet.length())));
                }
                if (cookie.length() == 0) {
                    cookie.append('.');
                }
            }
            client.setCookie("session", cookie.toString().replace(" ", "%20"));
            var rv = client.get("/");
            assertThat(rv.statusCode()).as("seed %d, cookie %s", seed, cookie).isEqualTo(200);
            assertThat(rv.text()).as("seed %d, cookie %s", seed, cookie).isIn("null", "1");
        }
    }
}
