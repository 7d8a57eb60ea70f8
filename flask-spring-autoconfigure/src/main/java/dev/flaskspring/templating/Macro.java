package dev.flaskspring.templating;

/** A template's macro, called from Java; what Flask's {@code get_template_attribute} returns for a macro. */
@FunctionalInterface
public interface Macro {

    /** Renders the macro with {@code args} (positional, as Jinja's call). */
    String call(Object... args);
}
