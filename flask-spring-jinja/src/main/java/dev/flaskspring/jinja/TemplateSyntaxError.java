package dev.flaskspring.jinja;

/** A template that cannot be parsed; Jinja's {@code TemplateSyntaxError}. The message names the template and line. */
public class TemplateSyntaxError extends RuntimeException {

    private final String name;
    private final int lineno;

    /** The error {@code message} at {@code lineno} of the template {@code name} ({@code null} for a string). */
    public TemplateSyntaxError(String message, String name, int lineno) {
        super(message + " (" + (name == null ? "<template>" : name) + ", line " + lineno + ")");
        this.name = name;
        this.lineno = lineno;
    }

    /** The template's name, or null for a template string. */
    public String name() {
        return name;
    }

    /** The line of the error, counted from 1. */
    public int lineno() {
        return lineno;
    }
}
