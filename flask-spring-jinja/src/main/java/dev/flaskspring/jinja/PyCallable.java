package dev.flaskspring.jinja;

import java.util.List;
import java.util.Map;

/** A function templates call with positional and keyword arguments, as Jinja calls a Python callable. */
@FunctionalInterface
interface PyCallable {

    /** The result of the call, with template values ({@link PyValues#fromJava}); the arguments are its own to change. */
    Object call(List<Object> args, Map<String, Object> kwargs);
}
