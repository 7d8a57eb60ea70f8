package dev.flaskspring.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Makes the method a template filter of the app, called with the value first and then the filter's arguments
 * by position; Flask's {@code @template_filter}. Used by the Jinja engine.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD})
public @interface TemplateFilter {

    /** The name in templates; empty means the method's name. */
    String value() default "";
}
