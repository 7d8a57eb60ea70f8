package dev.flaskspring.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Routes URL rules to the annotated method; Flask's {@code @route}. The endpoint defaults to the
 * method's name, as Flask's to the function's name.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Route {

    /** The rules, such as {@code "/post/<int:id>"}. */
    String[] value();

    /** The methods; empty means GET (HEAD and OPTIONS automatic). */
    String[] methods() default {};

    /** The endpoint; empty means the method's name. */
    String endpoint() default "";

    /** {@code "true"}, {@code "false"} or empty for the map's default. */
    String strictSlashes() default "";

    /** Defaults as {@code "name=value"}; integers are converted. */
    String[] defaults() default {};

    /** The subdomain. */
    String subdomain() default "";

    /** The host (with host matching). */
    String host() default "";

    /** A rule to redirect to with 308. */
    String redirectTo() default "";

    /** {@code "true"}, {@code "false"} or empty for the app's default. */
    String provideAutomaticOptions() default "";
}
