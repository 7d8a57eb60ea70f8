package dev.flaskspring.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Makes the method a template test of the app, called with the value first and then the test's arguments
 * by position; Flask's {@code @template_test}. Used by the Jinja engine.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD})
public @interface TemplateTest {

    /** The name in templates; empty means the method's name. */
    String value() default "";
}
