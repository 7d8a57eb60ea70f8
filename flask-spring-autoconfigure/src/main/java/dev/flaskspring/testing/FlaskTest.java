package dev.flaskspring.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * A Spring Boot test of a Flask app: the application context with a mock web environment, and a fresh
 * {@link FlaskClient} injectable per test method ({@code @Autowired FlaskClient client}); Flask's
 * {@code client} fixture. The client goes through the application's own Spring MVC stack, so
 * {@code @Controller}s answer too.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@SpringBootTest
@Import(FlaskTestConfiguration.class)
public @interface FlaskTest {
}
