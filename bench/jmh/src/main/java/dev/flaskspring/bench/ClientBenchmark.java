package dev.flaskspring.bench;

import dev.flaskspring.Flask;
import dev.flaskspring.Globals;
import dev.flaskspring.ctx.RequestContext;
import dev.flaskspring.testing.FlaskClient;
import dev.flaskspring.testing.TestResponse;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/** {@code url_for} inside a request, and one full request in-process through the test client. */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class ClientBenchmark {

    private FlaskClient client;

    static Flask app() {
        Flask app = new Flask("bench");
        app.config().put("SECRET_KEY", "a-bench-secret-key-of-32-bytes!!");
        app.route("/user/<int:id>", "user", args -> Map.of("id", args.getInt("id")));
        app.route("/post/<int:year>/<slug>", "post", args -> "");
        return app;
    }

    /** A request context pushed on the benchmark thread, for {@code url_for}. */
    @State(Scope.Thread)
    public static class InRequest {
        RequestContext ctx;

        @Setup
        public void push() {
            ctx = app().testRequestContext("/");
        }

        @TearDown
        public void pop() {
            ctx.pop(null);
        }
    }

    @Setup
    public void setUp() {
        client = app().testClient();
    }

    @Benchmark
    public String urlFor(InRequest request) {
        return Globals.urlFor("post", "year", 2026, "slug", "hello-world", "page", 2);
    }

    @Benchmark
    public TestResponse testClientRequest() {
        return client.get("/user/42");
    }
}
