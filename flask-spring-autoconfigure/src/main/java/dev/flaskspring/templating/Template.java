package dev.flaskspring.templating;

/** A template being rendered, as the template signals carry it; Jinja's {@code Template} ({@code name}, or null for a string). */
public record Template(String name, String source) {
}
