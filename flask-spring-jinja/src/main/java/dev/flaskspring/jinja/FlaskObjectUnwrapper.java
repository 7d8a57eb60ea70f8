package dev.flaskspring.jinja;

import com.hubspot.jinjava.el.JinjavaObjectUnwrapper;
import com.hubspot.jinjava.interpret.NullValue;
import com.hubspot.jinjava.objects.SafeString;
import com.hubspot.jinjava.objects.collections.PyMap;
import dev.flaskspring.templating.Markup;
import dev.flaskspring.wrappers.Headers;
import dev.flaskspring.wrappers.MultiDict;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a template sees of a Java value it reads: {@code Markup} as Jinjava's safe text, Werkzeug's
 * {@code MultiDict} ({@code request.args}, {@code request.form}) as a dict of first values with {@code getlist},
 * {@code Headers} as a dict whose keys ignore case, a loop variable's {@code None} as null; the rest as Jinjava
 * unwraps it (optionals, lazy values).
 */
final class FlaskObjectUnwrapper extends JinjavaObjectUnwrapper {

    @Override
    public Object unwrapObject(Object o) {
        Object value = super.unwrapObject(o);
        if (value instanceof NullValue) {
            return null;
        }
        if (value instanceof MultiDict<?> multi) {
            return new MultiDictView(multi);
        }
        if (value instanceof Headers headers) {
            Map<String, Object> byName = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            headers.forEach(byName::putIfAbsent);
            return new PyMap(byName);
        }
        return value instanceof Markup markup ? new SafeString(markup.html()) : value;
    }
}
