package dev.flaskspring.reliability;

import static dev.flaskspring.Globals.request;
import static org.assertj.core.api.Assertions.assertThat;

import dev.flaskspring.Flask;
import dev.flaskspring.FlaskServer;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * 10,000 generated malformed bodies and query strings sent as raw bytes to a real server: urlencoded forms
 * and query strings with broken percent-encoding and invalid UTF-8, broken JSON under the right and wrong
 * content types, truncated and malformed multipart bodies. Every answer is 2xx, 400, 413 or 415; none is
 * a 500, and no error is logged.
 */
class BodyFuzzTests {

    private static final int CASES = 10_000;
    private static final String[] FORM_PIECES = {"a", "b=1", "&", "=", "%", "%2", "%zz", "%41", "%C3%A9", "%C3", "%FF",
        "%00", "+", "é", "key=" + "v".repeat(100), "x=%E4%B8", ";", "&&", "==", "%%"};
    private static final String[] JSON_PIECES = {"{", "}", "[", "]", "\"a\"", ":", ",", "1", "-", "1e99999", "NaN",
        "true", "nul", "\"\\u12\"", "\"\\ud800\"", "\u00e9", "[[[[[[[[[[", "{\"a\":", "0x1F", "'x'", " "};

    @Test
    void malformedBodiesAreClientErrorsNeverServerErrors() {
        Flask app = new Flask("bodies");
        app.config().put("MAX_CONTENT_LENGTH", 1024L * 1024);
        app.route("/form", "form", Set.of("POST", "PUT"), args -> request().form().size() + " fields");
        app.route("/query", "query", args -> request().args().size() + " args");
        app.route("/json", "json", Set.of("POST"), args -> String.valueOf(request().getJson(false, false)));
        app.route("/forced", "forced", Set.of("POST"), args -> String.valueOf(request().getJson(true, false)));
        app.route("/upload", "upload", Set.of("POST"),
                args -> request().form().size() + " fields, " + request().files().size() + " files");
        long seed = Seeds.seed();
        Random random = Seeds.random(seed);
        int[] byStatus = new int[600];
        try (CapturedErrors logs = new CapturedErrors(); FlaskServer server = app.start("127.0.0.1", 0)) {
            for (int i = 0; i < CASES; i++) {
                byte[] request = switch (random.nextInt(5)) {
                    case 0 -> post("/form", "application/x-www-form-urlencoded", junk(FORM_PIECES, random));
                    case 1 -> ("GET /query?" + new String(junk(FORM_PIECES, random), StandardCharsets.ISO_8859_1)
                            .replace(" ", "%20") + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                            .getBytes(StandardCharsets.ISO_8859_1);
                    case 2 -> post(random.nextBoolean() ? "/json" : "/forced",
                            random.nextInt(4) == 0 ? "text/plain" : "application/json", junk(JSON_PIECES, random));
                    default -> multipart(random);
                };
                int status = RawHttp.status(server.port(), request);
                String what = "seed " + seed + ", case " + i + ": " + abbreviate(request);
                assertThat(status).as(what).isIn(200, 400, 413, 415);
                byStatus[status]++;
            }
            assertThat(logs.errors()).as("seed " + seed).isEmpty();
        }
        assertThat(byStatus[400]).as("malformed bodies were refused").isPositive();
        assertThat(byStatus[200]).as("lenient decoding answered").isPositive();
    }

    private static byte[] junk(String[] pieces, Random random) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int count = random.nextInt(30);
        for (int i = 0; i < count; i++) {
            if (random.nextInt(10) == 0) {
                out.write(0x80 + random.nextInt(0x80));
            } else {
                out.writeBytes(pieces[random.nextInt(pieces.length)].getBytes(StandardCharsets.UTF_8));
            }
        }
        if (random.nextInt(500) == 0) {
            out.writeBytes("[".repeat(5_000).getBytes(StandardCharsets.US_ASCII));
        }
        return out.toByteArray();
    }

    private static byte[] post(String path, String contentType, byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\nContent-Type: "
                + contentType + "\r\nContent-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
        out.writeBytes(body);
        return out.toByteArray();
    }

    private static byte[] multipart(Random random) {
        String boundary = "b" + random.nextInt(1000);
        StringBuilder body = new StringBuilder();
        int parts = random.nextInt(4);
        for (int p = 0; p < parts; p++) {
            body.append("--").append(random.nextInt(5) == 0 ? "other" : boundary).append("\r\n");
            switch (random.nextInt(5)) {
                case 0 -> body.append("Content-Disposition: form-data; name=\"f").append(p).append("\"\r\n\r\nvalue\r\n");
                case 1 -> body.append("Content-Disposition: form-data; name=\"file\"; filename=\"../../etc/passwd\"\r\n"
                        + "Content-Type: text/plain\r\n\r\ncontent\r\n");
                case 2 -> body.append("Content-Type: text/plain\r\n\r\nno disposition\r\n");
                case 3 -> body.append("Content-Disposition: form-data; name=\"h\"\r\nX-Long: ")
                        .append("h".repeat(random.nextInt(20_000))).append("\r\n\r\nv\r\n");
                default -> body.append("Content-Disposition: form-data; name=\"%").append("\"\r\n");
            }
        }
        if (random.nextBoolean()) {
            body.append("--").append(boundary).append("--\r\n");
        }
        String text = body.toString();
        if (random.nextInt(3) == 0 && !text.isEmpty()) {
            text = text.substring(0, random.nextInt(text.length()));
        }
        String type = switch (random.nextInt(4)) {
            case 0 -> "multipart/form-data";
            case 1 -> "multipart/form-data; boundary=";
            default -> "multipart/form-data; boundary=" + boundary;
        };
        return post("/upload", type, text.getBytes(StandardCharsets.ISO_8859_1));
    }

    private static String abbreviate(byte[] request) {
        String s = new String(request, StandardCharsets.ISO_8859_1);
        return s.length() <= 300 ? s : s.substring(0, 300) + "...(" + s.length() + " bytes)";
    }
}
