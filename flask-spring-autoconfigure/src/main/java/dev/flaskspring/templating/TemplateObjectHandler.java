package dev.flaskspring.templating;

import com.github.mustachejava.Iteration;
import com.github.mustachejava.reflect.ReflectionObjectHandler;
import dev.flaskspring.wrappers.Headers;
import dev.flaskspring.wrappers.MultiDict;
import java.io.Writer;
import java.util.AbstractMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * mustache.java's reflection lookup, with the request's multi-dicts and headers read by key as Jinja reads
 * them: {@code {{request.args.foo}}} is {@code request.args["foo"]}, the first value ({@code Headers} by any
 * case of the name), and an empty one is false in a section, as in {@code {% if request.args %}}.
 */
final class TemplateObjectHandler extends ReflectionObjectHandler {

    @Override
    public Object coerce(Object object) {
        if (object instanceof MultiDict<?> dict) {
            return new ByKey(dict::containsKey, dict::get, () -> new LinkedHashMap<>(dict.toSingleValueMap()));
        }
        if (object instanceof Headers headers) {
            return new ByKey(headers::containsKey, headers::get, () -> firstValues(headers));
        }
        return super.coerce(object);
    }

    private static Map<String, Object> firstValues(Headers headers) {
        Map<String, Object> first = new LinkedHashMap<>();
        headers.items().forEach(header -> first.putIfAbsent(header.getKey(), header.getValue()));
        return first;
    }

    @Override
    public Writer iterate(Iteration iteration, Writer writer, Object object, List<Object> scopes) {
        return isEmpty(object) ? writer : super.iterate(iteration, writer, object, scopes);
    }

    @Override
    public Writer falsey(Iteration iteration, Writer writer, Object object, List<Object> scopes) {
        return isEmpty(object) ? iteration.next(writer, object, scopes) : super.falsey(iteration, writer, object, scopes);
    }

    /** Whether {@code object} is an empty multi-dict or headers (sections see them as coerced here). */
    private static boolean isEmpty(Object object) {
        return object instanceof ByKey view && view.isEmpty();
    }

    /** A read-only map over a multi-dict or headers, for mustache.java's lookup of a name by key. */
    private static final class ByKey extends AbstractMap<String, Object> {

        private final Predicate<String> contains;
        private final Function<String, ?> first;
        private final Supplier<Map<String, Object>> all;

        ByKey(Predicate<String> contains, Function<String, ?> first, Supplier<Map<String, Object>> all) {
            this.contains = contains;
            this.first = first;
            this.all = all;
        }

        @Override
        public boolean containsKey(Object key) {
            return key instanceof String name && contains.test(name);
        }

        @Override
        public Object get(Object key) {
            return key instanceof String name ? first.apply(name) : null;
        }

        @Override
        public Set<Entry<String, Object>> entrySet() {
            return all.get().entrySet();
        }
    }
}
