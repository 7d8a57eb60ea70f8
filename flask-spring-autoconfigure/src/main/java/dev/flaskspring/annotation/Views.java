package dev.flaskspring.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.stereotype.Component;

/**
 * A class of view methods; with {@link #blueprint()} they form a blueprint, otherwise they are app
 * views; Flask's {@code Blueprint(...)} plus its decorated functions. A Spring component: under Spring
 * Boot every {@code @Views} bean is registered at startup. Several classes may contribute to one blueprint.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Component
public @interface Views {

    /** The blueprint name; empty registers the views on the app. */
    String blueprint() default "";

    /** The blueprint's URL prefix. */
    String urlPrefix() default "";

    /** The blueprint's subdomain. */
    String subdomain() default "";

    /** The blueprint's static folder. */
    String staticFolder() default "";

    /** The URL path of the blueprint's static files. */
    String staticUrlPath() default "";

    /** The blueprint's template folder. */
    String templateFolder() default "";
}
