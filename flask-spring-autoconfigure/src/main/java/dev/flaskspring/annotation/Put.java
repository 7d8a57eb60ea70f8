package dev.flaskspring.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Routes PUT requests for the rules to the annotated method; Flask's {@code @put}. */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Put {

    /** The rules. */
    String[] value();

    /** The endpoint; empty means the method's name. */
    String endpoint() default "";
}
