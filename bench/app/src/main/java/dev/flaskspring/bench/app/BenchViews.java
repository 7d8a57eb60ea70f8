package dev.flaskspring.bench.app;

import static dev.flaskspring.Globals.currentApp;
import static dev.flaskspring.Globals.renderTemplate;
import static dev.flaskspring.Globals.session;

import dev.flaskspring.annotation.Get;
import dev.flaskspring.annotation.Views;
import dev.flaskspring.wrappers.Response;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The five benchmark endpoints, serving the same bytes as the independent Spring MVC reference app: plain text,
 * JSON, a URL variable, a template page and the session as JSON.
 */
@Views
class BenchViews {

    /** One row of the template page. */
    record Item(int id, String name) {
    }

    private static final List<Item> ITEMS = IntStream.rangeClosed(1, 10).mapToObj(i -> new Item(i, "Item " + i)).toList();
    private static final String UNSAFE = "<script>alert('xss')</script>";

    @Get("/plaintext")
    Object plaintext() {
        return new Response("Hello, World!", 200, null, "text/plain");
    }

    @Get("/json")
    Object json() {
        return json(Map.of("message", "Hello, World!"));
    }

    @Get("/user/<int:id>")
    Object user(int id) {
        return json(Map.of("id", id));
    }

    @Get("/template")
    Object template() {
        return renderTemplate("page.html", "title", "Bench page", "items", ITEMS, "unsafe", UNSAFE);
    }

    @Get("/session")
    Object counter() {
        int counter = session().get("counter") instanceof Integer seen ? seen + 1 : 1;
        session().put("counter", counter);
        return json(Map.of("counter", counter));
    }

    /** {@code value} as compact JSON without {@code jsonify}'s trailing newline, as the reference sends it. */
    private static Response json(Object value) {
        return new Response(currentApp().json().dumps(value), 200, null, "application/json");
    }
}
