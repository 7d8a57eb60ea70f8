package dev.flaskspring.demo;

import dev.flaskspring.annotation.Get;
import dev.flaskspring.annotation.Views;
import java.util.Map;

/** flaskr's {@code /hello} page, and a JSON view with a URL variable. */
@Views
class HelloViews {

    /** flaskr's {@code hello}: a simple page that says hello. */
    @Get("/hello")
    Object hello() {
        return "Hello, World!";
    }

    @Get("/user/<int:id>")
    Object user(int id) {
        return Map.of("id", id);
    }
}
