package dev.flaskspring.bench;

import dev.flaskspring.sessions.BadSignature;
import dev.flaskspring.sessions.SessionSerializer;
import dev.flaskspring.sessions.TaggedJsonSerializer;
import dev.flaskspring.sessions.TupleList;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** Encoding and decoding a realistic Flask session cookie (a login and two flashed messages). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class SessionBenchmark {

    private SessionSerializer serializer;
    private Map<String, Object> session;
    private String cookie;

    @Setup
    public void setUp() {
        serializer = new SessionSerializer(List.of("a long and random secret key".getBytes(StandardCharsets.UTF_8)),
                new TaggedJsonSerializer(), () -> 1_700_000_000L);
        session = new LinkedHashMap<>();
        session.put("user_id", 42);
        session.put("_permanent", true);
        session.put("_flashes", List.of(TupleList.of("message", "You were logged in"),
                TupleList.of("error", "Title is required.")));
        session.put("csrf_token", "0c5b8f3e2f8a4d1b9e7a6c5d4b3a2f1e0d9c8b7a");
        cookie = serializer.dumps(session);
    }

    /** Flask's {@code save_session}: tag, JSON, compress when shorter, sign. */
    @Benchmark
    public String encode() {
        return serializer.dumps(session);
    }

    /** Flask's {@code open_session}: verify, decompress, parse, untag. */
    @Benchmark
    public Object decode() throws BadSignature {
        return serializer.loads(cookie, 2_678_400);
    }
}
