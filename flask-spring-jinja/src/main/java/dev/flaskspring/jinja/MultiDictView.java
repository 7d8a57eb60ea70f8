package dev.flaskspring.jinja;

import com.hubspot.jinjava.objects.collections.PyMap;
import dev.flaskspring.wrappers.MultiDict;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code request.args} and {@code request.form} in a template, as Werkzeug's {@code MultiDict}: a dict of each key's
 * first value ({@code request.form['title']}, {@code request.args.q}, {@code 'q' in request.args}), plus
 * {@code getlist(key)} and {@code to_dict(flat)}, which {@link PythonResolver} calls.
 */
final class MultiDictView extends PyMap {

    private final MultiDict<?> values;

    MultiDictView(MultiDict<?> values) {
        super(firstValues(values));
        this.values = values;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> firstValues(MultiDict<?> values) {
        return (Map<String, Object>) values.toSingleValueMap();
    }

    /** Every value of {@code key}; Werkzeug's {@code getlist}. */
    List<Object> getList(String key) {
        return new ArrayList<>(values.getList(key));
    }

    /** Each key to its first value ({@code flat}) or to all its values; Werkzeug's {@code to_dict}. */
    Map<String, Object> toDict(boolean flat) {
        return flat ? new LinkedHashMap<>(this) : new LinkedHashMap<>(values.toMultiValueMap());
    }
}
