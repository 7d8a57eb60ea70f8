package dev.flaskspring.bench;

import dev.flaskspring.AppOptions;
import dev.flaskspring.Flask;
import dev.flaskspring.Globals;
import dev.flaskspring.ctx.RequestContext;
import java.util.ArrayList;
import java.util.List;
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
import org.openjdk.jmh.annotations.TearDown;

/**
 * Rendering a 10-item list page with a layout, escaping one hostile value, inside a request context, on each
 * template engine: the same page in Mustache ({@code templates/bench/}) and in Jinja ({@code jinja/bench/}).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class TemplateBenchmark {

    /** One list item. */
    public record Item(int id, String title) {
    }

    @Param({"mustache", "jinja"})
    public String engine;

    private RequestContext ctx;
    private Map<String, Object> context;

    @Setup
    public void setUp() {
        Flask app = new Flask("bench", AppOptions.builder()
                .templateFolder(engine.equals("jinja") ? "jinja" : "templates").build());
        app.config().put("TEMPLATE_ENGINE", engine);
        app.route("/", "index", args -> "");
        app.route("/item/<int:id>", "item", args -> "");
        ctx = app.testRequestContext("/");
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            items.add(new Item(i, "Item " + i));
        }
        context = Map.of("items", items, "warning", "<script>alert(1)</script>");
        Globals.renderTemplate("bench/list.html", context);
    }

    @TearDown
    public void tearDown() {
        ctx.pop(null);
    }

    @Benchmark
    public String render() {
        return Globals.renderTemplate("bench/list.html", context);
    }
}
