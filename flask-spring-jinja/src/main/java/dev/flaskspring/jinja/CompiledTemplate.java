package dev.flaskspring.jinja;

import com.hubspot.jinjava.tree.Node;
import dev.flaskspring.templating.TemplateLoader;

/**
 * A template parsed once: its name ({@code null} for a template string), the text Jinja's lexer sees, the parsed
 * tree, whether it is autoescaped, and the source it came from ({@code null} for a string), to tell when it changed.
 */
record CompiledTemplate(String name, String text, Node root, boolean autoescape, TemplateLoader.Source source) {
}
