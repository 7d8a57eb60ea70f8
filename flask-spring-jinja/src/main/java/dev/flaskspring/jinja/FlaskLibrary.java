package dev.flaskspring.jinja;

import com.hubspot.jinjava.interpret.Context;
import com.hubspot.jinjava.lib.fn.ELFunctionDefinition;
import dev.flaskspring.Flask;

/** Puts Jinja's and Flask's versions of tags, filters and functions over Jinjava's in the engine's shared context. */
final class FlaskLibrary {

    private FlaskLibrary() {
    }

    static void register(Context shared, FlaskJinjava jinjava, Flask app) {
        shared.registerTag(new FlaskBlockTag());
        shared.registerTag(new FlaskMacroTag());
        shared.registerTag(new FlaskCallTag());
        shared.registerTag(new FlaskIfTag());
        shared.registerTag(new FlaskForTag());
        shared.registerTag(new WithTag());
        shared.registerTag(new FilterBlockTag());
        shared.registerTag(new FlaskIncludeTag(jinjava));
        shared.registerTag(new FlaskSetTag());
        FlaskFilters.all(app).forEach(shared::registerFilter);
        TextFilters.all().forEach(shared::registerFilter);
        SequenceFilters.all().forEach(shared::registerFilter);
        shared.registerFunction(new ELFunctionDefinition("", "super", SuperFunction.class, "render"));
        shared.registerExpTest(new NoneTest());
        shared.registerExpTest(new CallableTest());
        shared.put("none", PyNone.INSTANCE);
        shared.put("None", PyNone.INSTANCE);
    }
}
