package dev.flaskspring.login;

import static dev.flaskspring.Globals.request;
import static dev.flaskspring.login.Login.currentUser;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.flaskspring.Flask;
import dev.flaskspring.testing.TestRequest;
import dev.flaskspring.testing.TestResponse;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * 10,000 generated hostile remember cookies (digits flipped, cut short, bars added or removed, digests of
 * another key or in upper case, oversized ids and digests, non-ASCII and control characters, quoted forms,
 * duplicated cookies): each leaves the request anonymous with a normal answer, never a 500, and logs no error.
 * Only the genuine cookie logs the user in.
 */
class HostileRememberCookieTests {

    private static final int CASES = 10_000;
    private static final String KEY = "the right secret key";
    private static final String VALID = RememberCookie.encode("1", KEY);
    private static final String ALPHABET = "0123456789abcdefABCDEF|\"\\;,= %\t\u00e9\u00ff\u4f50\u0001";

    private final Flask app = new Flask("hostile");

    HostileRememberCookieTests() {
        app.config().put("SECRET_KEY", KEY);
        LoginManager lm = new LoginManager();
        lm.initApp(app);
        lm.userLoader(id -> id.equals("1") ? TestUser.NOTCH : null);
        app.route("/", "index", args -> (currentUser().isAuthenticated() ? "Notch" : "Anonymous") + "\n"
                + request().cookies().get("remember_token"));
    }

    @Test
    void hostileRememberCookiesLeaveTheRequestAnonymousWithoutAnError() {
        assertThat(send("remember_token=" + VALID).text()).as("the genuine cookie").startsWith("Notch\n");
        long seed = FuzzSeed.seed();
        Random random = new Random(seed);
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        ListAppender<ILoggingEvent> logs = new ListAppender<>();
        logs.start();
        root.addAppender(logs);
        try {
            for (int i = 0; i < CASES; i++) {
                String cookieHeader = "remember_token=" + mutate(random);
                TestResponse rv = send(cookieHeader);
                String what = "seed " + seed + ", case " + i + ", " + abbreviate(cookieHeader);
                assertThat(rv.statusCode()).as(what).isEqualTo(200);
                String[] answer = rv.text().split("\n", 2);
                assertThat(answer[0]).as(what).isIn("Anonymous", "Notch");
                if (answer[0].equals("Notch")) {
                    assertThat(answer[1]).as(what + ": only the genuine cookie logs in").isEqualTo(VALID);
                }
            }
        } finally {
            root.detachAppender(logs);
        }
        assertThat(logs.list.stream().filter(e -> e.getLevel().isGreaterOrEqual(Level.ERROR)).toList())
                .as("seed " + seed + ": errors logged").isEmpty();
    }

    /** Sends only {@code cookieHeader}: a new client each time, so no session cookie from an earlier answer. */
    private TestResponse send(String cookieHeader) {
        return app.testClient().open(TestRequest.get("/").header("Cookie", cookieHeader));
    }

    private static String mutate(Random random) {
        return switch (random.nextInt(10)) {
            case 0 -> flipDigits(random);
            case 1 -> VALID.substring(0, random.nextInt(VALID.length()));
            case 2 -> moveBars(random);
            case 3 -> random.nextBoolean() ? RememberCookie.encode("1", "a wrong key")
                    : "1|" + VALID.substring(2).toUpperCase(java.util.Locale.ROOT);
            case 4 -> "x".repeat(4_096 + random.nextInt(60_000)) + VALID.substring(1);
            case 5 -> "1|" + VALID.substring(2).repeat(1 + random.nextInt(400));
            case 6 -> randomText(random, 1 + random.nextInt(300));
            case 7 -> "\"" + VALID.replace("|", random.nextBoolean() ? "\\174" : "\\|") + "\"";
            case 8 -> randomText(random, 5) + "; remember_token=" + VALID;
            default -> edits(random);
        };
    }

    private static String flipDigits(Random random) {
        StringBuilder cookie = new StringBuilder(VALID);
        int flips = 1 + random.nextInt(3);
        for (int f = 0; f < flips; f++) {
            int at = 2 + random.nextInt(VALID.length() - 2);
            char c = cookie.charAt(at);
            cookie.setCharAt(at, "0123456789abcdef".charAt((Character.digit(c, 16) + 1 + random.nextInt(15)) % 16));
        }
        return cookie.toString();
    }

    private static String moveBars(Random random) {
        StringBuilder cookie = new StringBuilder(VALID);
        if (random.nextBoolean()) {
            cookie.deleteCharAt(1);
        }
        int bars = random.nextInt(3);
        for (int b = 0; b < bars; b++) {
            cookie.insert(random.nextInt(cookie.length() + 1), '|');
        }
        return cookie.toString();
    }

    private static String edits(Random random) {
        StringBuilder cookie = new StringBuilder(VALID);
        int edits = 1 + random.nextInt(6);
        for (int e = 0; e < edits && cookie.length() > 0; e++) {
            int at = random.nextInt(cookie.length());
            char c = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
            switch (random.nextInt(3)) {
                case 0 -> cookie.setCharAt(at, c);
                case 1 -> cookie.deleteCharAt(at);
                default -> cookie.insert(at, c);
            }
        }
        return cookie.toString();
    }

    private static String randomText(Random random, int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return text.toString();
    }

    private static String abbreviate(String s) {
        return s.length() <= 160 ? s : s.substring(0, 160) + "...(" + s.length() + " chars)";
    }
}
