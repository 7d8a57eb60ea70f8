package dev.flaskspring.jinja;

/**
 * Python's {@code None} inside a template: a Java null the template was given (a context value, a map entry, an
 * attribute, a method's result), kept apart from an undefined name, as Jinja keeps them apart: {@code {{ none }}}
 * prints {@code None}, an undefined name prints nothing. The app's code always sees null.
 */
final class PyNone {

    static final PyNone INSTANCE = new PyNone();

    private PyNone() {
    }

    /** {@code value}, with null as None. */
    static Object of(Object value) {
        return value == null ? INSTANCE : value;
    }

    @Override
    public String toString() {
        return "None";
    }
}
