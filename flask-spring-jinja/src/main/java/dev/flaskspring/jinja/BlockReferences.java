package dev.flaskspring.jinja;

/**
 * Jinja's {@code self} in a template: {@code {{ self.title() }}} renders the block {@code title} again, the child
 * template's version when one overrides it. {@link PythonResolver} makes the call.
 */
final class BlockReferences {

    static final BlockReferences INSTANCE = new BlockReferences();

    private BlockReferences() {
    }
}
