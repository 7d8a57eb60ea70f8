package dev.flaskspring.bench.app;

import dev.flaskspring.FlaskApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The benchmark app on flask-spring: five endpoints, as a user would write them. */
@SpringBootApplication
public class BenchApplication {

    public static void main(String[] args) {
        FlaskApplication.run(BenchApplication.class, args);
    }
}
