package dev.flaskspring.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Handles errors of its views (the exception, or nothing, as parameter); Flask's {@code @errorhandler}. */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD})
public @interface ErrorHandler {

    /** Status codes handled. */
    int[] code() default {};

    /** Exception classes handled. */
    Class<? extends Throwable>[] exception() default {};
}
