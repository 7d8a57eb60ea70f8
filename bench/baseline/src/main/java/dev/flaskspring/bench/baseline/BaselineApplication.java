package dev.flaskspring.bench.baseline;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The benchmark's ceiling: the same five endpoints as a plain Spring Boot MVC application, without the
 * Flask layer (its auto-configuration is excluded; only the session cookie format is borrowed).
 */
@SpringBootApplication(excludeName = {"dev.flaskspring.autoconfigure.FlaskAutoConfiguration",
        "dev.flaskspring.autoconfigure.FlaskCliAutoConfiguration"})
public class BaselineApplication {

    public static void main(String[] args) {
        SpringApplication.run(BaselineApplication.class, args);
    }
}
