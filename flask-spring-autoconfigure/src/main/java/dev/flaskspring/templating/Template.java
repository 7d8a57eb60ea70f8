package dev.flaskspring.templating;

import java.io.IOException;
import java.io.Writer;
import java.util.Map;

/**
 * A compiled template of some engine, ready to render; Jinja's {@code Template}. The template signals carry it.
 */
public interface Template {

    /** The template's name, or null for a template made from a string. */
    String name();

    /** Renders the template with {@code context} into {@code out}. */
    void render(Map<String, Object> context, Writer out) throws IOException;
}
