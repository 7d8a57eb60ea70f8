package dev.flaskspring.demo;

import dev.flaskspring.FlaskApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The demo application: Flask views on Spring Boot, beside an ordinary Spring controller. */
@SpringBootApplication
public class DemoApplication {

    public static void main(String[] args) {
        FlaskApplication.run(DemoApplication.class, args);
    }
}
