package dev.flaskspring.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flaskspring.reliability.Seeds;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Random;
import java.util.zip.Deflater;
import org.junit.jupiter.api.Test;

/**
 * The payload skips zlib only where zlib cannot make it shorter: every payload is compared with itsdangerous' way,
 * zlib tried every time, on generated inputs (fixed seed; {@code -Dfuzz.seed=random} explores) and on the inputs
 * hardest for the rule: de Bruijn sequences, where no 3 bytes repeat over the smallest alphabets.
 */
class UrlSafePayloadTests {

    private static final int CASES = 20_000;

    @Test
    void smallSessionsSkipZlib() {
        assertThat(UrlSafePayload.zlibMayShorten(bytes("{\"counter\":1}"))).isFalse();
        assertThat(UrlSafePayload.zlibMayShorten(bytes("{\"counter\":123456}"))).isFalse();
        assertThat(UrlSafePayload.zlibMayShorten(bytes("{\"_fresh\":true,\"_id\":\"a\",\"_user_id\":\"1\"}"))).isTrue();
        assertThat(UrlSafePayload.zlibMayShorten(bytes("aaaaaaaaaaaaaaaaaaaa"))).isTrue();
    }

    @Test
    void counterSessionsAreItsdangerousPayloads() {
        for (int n = 0; n < 20_000; n++) {
            byte[] data = bytes("{\"counter\":" + n + "}");
            assertThat(UrlSafePayload.encode(data)).as("counter %d", n).isEqualTo(alwaysTryingZlib(data));
        }
    }

    @Test
    void deBruijnSequencesAreItsdangerousPayloads() {
        int skipped = 0;
        for (int k = 2; k <= 16; k++) {
            byte[] sequence = deBruijn(k);
            for (int length = 1; length <= sequence.length; length++) {
                byte[] data = java.util.Arrays.copyOf(sequence, length);
                assertThat(UrlSafePayload.encode(data)).as("de Bruijn k=%d, %d bytes", k, length)
                        .isEqualTo(alwaysTryingZlib(data));
                skipped += UrlSafePayload.zlibMayShorten(data) ? 0 : 1;
            }
        }
        assertThat(skipped).as("inputs that skipped zlib").isGreaterThan(100);
    }

    @Test
    void generatedPayloadsAreItsdangerousPayloads() {
        long seed = Seeds.seed();
        Random random = Seeds.random(seed);
        int skipped = 0;
        for (int i = 0; i < CASES; i++) {
            byte[] alphabet = new byte[1 + random.nextInt(random.nextBoolean() ? 8 : 64)];
            for (int a = 0; a < alphabet.length; a++) {
                alphabet[a] = (byte) (random.nextInt(4) == 0 ? random.nextInt(256) : 32 + random.nextInt(95));
            }
            byte[] data = new byte[random.nextInt(random.nextBoolean() ? 24 : 400)];
            for (int b = 0; b < data.length; b++) {
                data[b] = alphabet[random.nextInt(alphabet.length)];
            }
            assertThat(UrlSafePayload.encode(data)).as("seed %d, case %d", seed, i).isEqualTo(alwaysTryingZlib(data));
            skipped += UrlSafePayload.zlibMayShorten(data) ? 0 : 1;
        }
        assertThat(skipped).as("seed %d: inputs that skipped zlib", seed).isGreaterThan(CASES / 10);
    }

    /** itsdangerous' {@code dump_payload}: zlib always tried, kept when shorter by more than one byte. */
    private static String alwaysTryingZlib(byte[] data) {
        Deflater deflater = new Deflater();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            deflater.setInput(data);
            deflater.finish();
            byte[] buf = new byte[1024];
            while (!deflater.finished()) {
                out.write(buf, 0, deflater.deflate(buf));
            }
        } finally {
            deflater.end();
        }
        byte[] compressed = out.toByteArray();
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        return compressed.length < data.length - 1 ? "." + b64.encodeToString(compressed) : b64.encodeToString(data);
    }

    /** A sequence over {@code k} letters in which every 3 letters occur once: the longest with no repeat. */
    private static byte[] deBruijn(int k) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int[] a = new int[3 * k + 1];
        deBruijn(1, 1, k, a, out);
        byte[] cycle = out.toByteArray();
        byte[] sequence = java.util.Arrays.copyOf(cycle, cycle.length + 2);
        sequence[cycle.length] = cycle[0];
        sequence[cycle.length + 1] = cycle[1];
        for (int i = 0; i < sequence.length; i++) {
            sequence[i] = (byte) ('a' + sequence[i]);
        }
        return sequence;
    }

    private static void deBruijn(int t, int p, int k, int[] a, ByteArrayOutputStream out) {
        if (t > 3) {
            if (3 % p == 0) {
                for (int j = 1; j <= p; j++) {
                    out.write(a[j]);
                }
            }
            return;
        }
        a[t] = a[t - p];
        deBruijn(t + 1, p, k, a, out);
        for (int j = a[t - p] + 1; j < k; j++) {
            a[t] = j;
            deBruijn(t + 1, t, k, a, out);
        }
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }
}
