package dev.flaskspring.demo;

import dev.flaskspring.FlaskApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The demo application, a port of Flask's tutorial app flaskr: its blueprints are {@code @Views} classes
 * set up by {@link FlaskrApp}, served beside an ordinary Spring controller; flaskr's package.
 */
@SpringBootApplication
public class DemoApplication {

    public static void main(String[] args) {
        FlaskApplication.run(DemoApplication.class, args);
    }
}
