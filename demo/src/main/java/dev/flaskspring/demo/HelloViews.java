package dev.flaskspring.demo;

import dev.flaskspring.annotation.Get;
import dev.flaskspring.annotation.Views;

/** The app's own view, outside the blueprints; flaskr's {@code hello} in {@code create_app}. */
@Views
class HelloViews {

    /** A simple page that says hello. */
    @Get("/hello")
    Object hello() {
        return "Hello, World!";
    }
}
