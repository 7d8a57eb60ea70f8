package dev.flaskspring.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Wraps the view(s) in the given {@code ViewDecorator}s, first outermost; Flask's decorators such as {@code @login_required}. A decorator is taken from Spring when it is a bean, else created with its no-argument constructor. */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Decorate {

    /** The decorator classes. */
    Class<? extends dev.flaskspring.ViewDecorator>[] value();
}
