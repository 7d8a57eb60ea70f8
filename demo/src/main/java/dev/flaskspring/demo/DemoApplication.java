package dev.flaskspring.demo;

import dev.flaskspring.FlaskApplication;
import dev.flaskspring.FlaskConfigurer;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** The demo application: Flask routes on Spring Boot, beside an ordinary Spring controller. */
@SpringBootApplication
public class DemoApplication {

    public static void main(String[] args) {
        FlaskApplication.run(DemoApplication.class, args);
    }

    /** The app's routes; flaskr's {@code create_app} registers {@code /hello} the same way. */
    @Bean
    FlaskConfigurer routes() {
        return app -> {
            app.route("/hello", "hello", args -> "Hello, World!");
            app.route("/user/<int:id>", "user", args -> java.util.Map.of("id", args.getInt("id")));
        };
    }
}
