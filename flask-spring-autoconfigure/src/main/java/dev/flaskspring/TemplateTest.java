package dev.flaskspring;

/**
 * A template test, {@code {% if value is name(args) %}}; what Flask's {@code template_test} registers. Used by
 * the Jinja engine; Mustache has no tests.
 */
@FunctionalInterface
public interface TemplateTest {

    /** Whether {@code value} passes the test with the test's arguments. */
    boolean test(Object value, Object... args) throws Exception;
}
