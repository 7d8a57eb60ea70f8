package dev.flaskspring.jinja;

import dev.flaskspring.Globals;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The callables Flask and Jinja put in every template's globals, with Python's keyword arguments:
 * {@code url_for(endpoint, **values)} (with {@code _external}, {@code _anchor}, {@code _method}, {@code _scheme}),
 * {@code get_flashed_messages(with_categories=False, category_filter=())}, and Jinja's {@code dict(**items)},
 * {@code cycler(*items)} and {@code joiner(sep)}.
 */
final class FlaskGlobals {

    /** Flask's {@code url_for}. */
    static final PyCallable URL_FOR = (args, kwargs) -> {
        if (args.size() != 1) {
            throw new TemplateRuntimeError("url_for() takes the endpoint as its one positional argument, got "
                    + args.size(), null);
        }
        kwargs.replaceAll((k, v) -> PyValues.toJava(v));
        return Globals.urlFor(PyStr.str(args.get(0)), kwargs);
    };

    /** Flask's {@code get_flashed_messages}; with categories each entry is a {@code (category, message)} pair. */
    static final PyCallable GET_FLASHED_MESSAGES = (args, kwargs) -> {
        boolean withCategories = PyTruth.of(args.isEmpty() ? kwargs.get("with_categories") : args.get(0));
        Object filter = args.size() > 1 ? args.get(1) : kwargs.get("category_filter");
        List<String> categories = new ArrayList<>();
        if (filter != null) {
            PyIter.of(filter).forEach(c -> categories.add(PyStr.str(c)));
        }
        return Globals.getFlashedMessages(withCategories, categories.toArray(String[]::new));
    };

    /** Jinja's {@code dict(**items)}. */
    static final PyCallable DICT = (args, kwargs) -> {
        Map<String, Object> out = new LinkedHashMap<>();
        if (!args.isEmpty() && args.get(0) instanceof Map<?, ?> map) {
            map.forEach((k, v) -> out.put(PyStr.str(k), v));
        }
        out.putAll(kwargs);
        return out;
    };

    /** Jinja's {@code cycler(*items)}: {@code next()}, {@code reset()} and {@code current} over the items. */
    static final PyCallable CYCLER = (args, kwargs) -> new Cycler(args);

    /** Jinja's {@code joiner(sep=', ')}: a callable giving nothing the first time, then the separator. */
    static final PyCallable JOINER = (args, kwargs) -> {
        Object separator = args.isEmpty() ? kwargs.getOrDefault("sep", ", ") : args.get(0);
        boolean[] used = new boolean[1];
        return (PyCallable) (a, k) -> {
            if (used[0]) {
                return separator;
            }
            used[0] = true;
            return "";
        };
    };

    private FlaskGlobals() {
    }
}
