package dev.flaskspring.templating;

import java.util.List;

/** No template folder holds the template; Jinja's {@code TemplateNotFound}. The message lists every place searched. */
public class TemplateNotFound extends RuntimeException {

    private final String name;
    private final List<String> searched;

    /** The error for {@code name} after looking in {@code searched}. */
    public TemplateNotFound(String name, List<String> searched) {
        super(name + " (searched: " + String.join(", ", searched) + ")");
        this.name = name;
        this.searched = List.copyOf(searched);
    }

    /** The template name. */
    public String name() {
        return name;
    }

    /** The places looked in, in order. */
    public List<String> searched() {
        return searched;
    }
}
