package dev.flaskspring;

/**
 * A template filter, {@code {{ value|name(args) }}}; what Flask's {@code template_filter} registers. Used by
 * the Jinja engine; Mustache has no filters.
 */
@FunctionalInterface
public interface TemplateFilter {

    /** The filtered value of {@code value} with the filter's arguments. */
    Object apply(Object value, Object... args) throws Exception;
}
