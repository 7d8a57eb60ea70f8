package dev.flaskspring.bench;

import dev.flaskspring.routing.MapAdapter;
import dev.flaskspring.routing.MatchResult;
import dev.flaskspring.routing.Rule;
import dev.flaskspring.routing.UrlMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** URL matching and building with 10, 1,000 and 10,000 rules, half static and half with variables. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class RoutingBenchmark {

    @Param({"10", "1000", "10000"})
    public int rules;

    private MapAdapter adapter;
    private String staticHit;
    private String variableHit;

    @Setup
    public void setUp() {
        UrlMap map = new UrlMap();
        for (int i = 0; i < rules / 2; i++) {
            map.add(Rule.builder("/static/page" + i).endpoint("static" + i).build());
            map.add(Rule.builder("/section" + i + "/<int:id>/<name>").endpoint("dynamic" + i).build());
        }
        adapter = map.bind("localhost", "/", null, "http", "GET", "/", null);
        staticHit = "/static/page" + (rules / 4);
        variableHit = "/section" + (rules / 4) + "/42/post";
        adapter.match(staticHit, "GET");
    }

    @Benchmark
    public MatchResult matchStatic() {
        return adapter.match(staticHit, "GET");
    }

    @Benchmark
    public MatchResult matchVariable() {
        return adapter.match(variableHit, "GET");
    }

    @Benchmark
    public MatchResult matchMiss() {
        return adapter.match("/nothing/here", "GET");
    }

    @Benchmark
    public String build() {
        return adapter.build("dynamic" + (rules / 4), Map.of("id", 42, "name", "post"));
    }
}
