package dev.flaskspring.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Makes the method callable from every template under its name; Flask's {@code @template_global}. */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD})
public @interface TemplateGlobal {

    /** The name in templates; empty means the method's name. */
    String value() default "";
}
