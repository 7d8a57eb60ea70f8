package dev.flaskspring.bench.app;

import static dev.flaskspring.Globals.renderTemplate;
import static dev.flaskspring.Globals.session;

import dev.flaskspring.annotation.Get;
import dev.flaskspring.annotation.Views;
import dev.flaskspring.wrappers.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The five benchmark endpoints: plain text, JSON, a URL variable, a template page and the session. */
@Views
class BenchViews {

    /** One row of the template page. */
    record Item(int id, String title) {
    }

    private static final List<Item> ITEMS = items();

    private static List<Item> items() {
        List<Item> items = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            items.add(new Item(i, "Item " + i));
        }
        return List.copyOf(items);
    }

    @Get("/plaintext")
    Object plaintext() {
        return new Response("Hello, World!", 200, null, "text/plain");
    }

    @Get("/json")
    Object json() {
        return Map.of("message", "Hello, World!");
    }

    @Get("/user/<int:id>")
    Object user(int id) {
        return Map.of("id", id);
    }

    @Get("/template")
    Object template() {
        return renderTemplate("page.html", Map.of("items", ITEMS, "warning", "<script>alert(1)</script>"));
    }

    @Get("/session")
    Object counter() {
        Object seen = session().get("counter");
        long counter = seen instanceof Number n ? n.longValue() + 1 : 1;
        session().put("counter", counter);
        return new Response(Long.toString(counter), 200, null, "text/plain");
    }
}
