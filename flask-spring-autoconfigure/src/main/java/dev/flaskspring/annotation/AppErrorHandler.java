package dev.flaskspring.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Handles errors of the whole app; Flask's {@code @app_errorhandler}. */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD})
public @interface AppErrorHandler {

    /** Status codes handled. */
    int[] code() default {};

    /** Exception classes handled. */
    Class<? extends Throwable>[] exception() default {};
}
