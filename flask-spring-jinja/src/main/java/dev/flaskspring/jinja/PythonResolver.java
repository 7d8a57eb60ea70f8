package dev.flaskspring.jinja;

import com.hubspot.jinjava.el.ext.JinjavaBeanELResolver;
import com.hubspot.jinjava.el.ext.NamedParameter;
import com.hubspot.jinjava.interpret.JinjavaInterpreter;
import com.hubspot.jinjava.objects.SafeString;
import dev.flaskspring.templating.Markup;
import java.beans.FeatureDescriptor;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jinjava.javax.el.ELContext;
import jinjava.javax.el.ELResolver;

/**
 * Jinja's {@code obj.name} and {@code obj[key]} and method calls on Java values, as on Python ones: attributes of
 * records, beans and the core's objects ({@code request.path}, {@code g.user}, snake_case names reaching camelCase
 * members), Python's {@code str} methods, {@code datetime} attributes and methods, {@code MultiDict.getlist}, and an
 * undefined value, never an error, for a missing attribute. Maps, lists and Jinjava's own objects are left to
 * Jinjava's resolvers.
 */
final class PythonResolver extends ELResolver {

    private final JinjavaBeanELResolver beans = new JinjavaBeanELResolver(true);

    @Override
    public Object getValue(ELContext context, Object base, Object property) {
        if (base == null || property == null) {
            return null;
        }
        if (base instanceof Map<?, ?> map) {
            if (map.get(property) == null && map.containsKey(property)) {
                context.setPropertyResolved(true);
                return PyNone.INSTANCE;
            }
            return null;
        }
        if (base instanceof SequenceFilters.Group group) {
            context.setPropertyResolved(true);
            String name = PyStr.str(property);
            return name.equals("grouper") ? group.grouper() : name.equals("list") ? group.list()
                    : name.matches("[01]") ? group.get(Integer.parseInt(name)) : null;
        }
        if (leftToJinjava(base)) {
            return null;
        }
        context.setPropertyResolved(true);
        return lookup(base, property);
    }

    /** Jinja's {@code getattr} with its fallback to an item, for {@code str.format}'s {@code {0.name}}. */
    static Object attribute(Object base, String name) {
        if (base instanceof Map<?, ?> map) {
            return map.get(name);
        }
        return base == null ? null : lookup(base, name);
    }

    /** Jinja's {@code getitem}, for {@code str.format}'s {@code {0[key]}}. */
    static Object item(Object base, Object key) {
        if (base instanceof Map<?, ?> map) {
            Object value = map.get(key);
            return value == null && key instanceof Number ? map.get(key.toString()) : value;
        }
        if (base instanceof List<?> list && key instanceof Number n) {
            int i = n.intValue() < 0 ? list.size() + n.intValue() : n.intValue();
            return i >= 0 && i < list.size() ? list.get(i) : null;
        }
        return attribute(base, PyStr.str(key));
    }

    /** Whether a class is one of Jinjava's own, which Jinjava's resolvers know better. */
    private static final ClassValue<Boolean> JINJAVAS = new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
            return type.getName().startsWith("com.hubspot.");
        }
    };

    private static boolean leftToJinjava(Object base) {
        return base instanceof Map || base instanceof List || base.getClass().isArray() || JINJAVAS.get(base.getClass());
    }

    private static Object lookup(Object base, Object property) {
        if (base instanceof CharSequence || base instanceof SafeString) {
            String key = PyStr.str(property);
            return key.matches("-?\\d+") ? character(base.toString(), Integer.parseInt(key)) : null;
        }
        if (base instanceof Number || base instanceof Boolean) {
            return null;
        }
        String name = PyStr.str(property);
        if (PyDates.isDate(base)) {
            return PyDates.attribute(base, name);
        }
        Optional<Attributes.Accessor> accessor = Attributes.find(base.getClass(), name);
        if (accessor.isEmpty()) {
            return null;
        }
        Object value = Attributes.read(accessor.get(), base);
        // An attribute holding null is None; the loop's previtem and nextitem at the ends are undefined.
        return base instanceof JinjaLoop ? value : PyNone.of(value);
    }

    private static String character(String s, int index) {
        int i = index < 0 ? s.length() + index : index;
        return i >= 0 && i < s.length() ? String.valueOf(s.charAt(i)) : null;
    }

    @Override
    public Object invoke(ELContext context, Object base, Object method, Class<?>[] paramTypes, Object[] params) {
        if (base == null || method == null || base == PyNone.INSTANCE) {
            return null;
        }
        String name = method.toString();
        List<Object> args = new ArrayList<>();
        Map<String, Object> kwargs = new LinkedHashMap<>();
        for (Object p : params == null ? new Object[0] : params) {
            if (p instanceof NamedParameter named) {
                kwargs.put(named.getName(), named.getValue());
            } else {
                args.add(p);
            }
        }
        if (base instanceof String s && StrMethods.has(name)) {
            context.setPropertyResolved(true);
            return StrMethods.call(s, name, args, kwargs);
        }
        if ((base instanceof SafeString || base instanceof Markup) && StrMethods.has(name)) {
            context.setPropertyResolved(true);
            return markupMethod(base.toString(), name, args, kwargs);
        }
        if (PyDates.isDate(base) && PyDates.has(name)) {
            context.setPropertyResolved(true);
            return PyDates.call(base, name, args);
        }
        if (base instanceof BlockReferences && args.isEmpty()
                && JinjavaInterpreter.getCurrent() instanceof FlaskInterpreter interpreter) {
            context.setPropertyResolved(true);
            return interpreter.renderBlock(name);
        }
        if (base instanceof Cycler cycler && (name.equals("next") || name.equals("reset"))) {
            context.setPropertyResolved(true);
            return name.equals("next") ? cycler.next() : cycler.reset();
        }
        if (base instanceof JinjaLoop loop && (name.equals("cycle") || name.equals("changed"))) {
            context.setPropertyResolved(true);
            return name.equals("cycle") ? loop.cycle(args) : loop.changed(args);
        }
        if (base instanceof MultiDictView multi && (name.equals("getlist") || name.equals("to_dict"))) {
            context.setPropertyResolved(true);
            return name.equals("getlist") ? multi.getList(PyStr.str(args.get(0)))
                    : multi.toDict(args.isEmpty() ? !Boolean.FALSE.equals(kwargs.get("flat")) : PyTruth.of(args.get(0)));
        }
        if (base instanceof Map<?, ?> map && name.equals("get") && !args.isEmpty()) {
            context.setPropertyResolved(true);
            Object value = map.get(args.get(0));
            return value != null ? value : map.containsKey(args.get(0)) || args.size() < 2 ? PyNone.INSTANCE
                    : args.get(1);
        }
        if (base instanceof Map<?, ?> map && name.equals("values") && args.isEmpty()) {
            context.setPropertyResolved(true);
            return new ArrayList<>(map.values());
        }
        if (!leftToJinjava(base) && name.indexOf('_') > 0 && !hasMethod(base.getClass(), name)) {
            String camel = Attributes.camelCase(name);
            if (hasMethod(base.getClass(), camel)) {
                return beans.invoke(context, base, camel, paramTypes, params);
            }
        }
        return null;
    }

    /** markupsafe's methods of {@code Markup}: arguments are escaped, the result is safe. */
    private static Object markupMethod(String html, String name, List<Object> args, Map<String, Object> kwargs) {
        List<Object> escaped = new ArrayList<>(args.size());
        args.forEach(a -> escaped.add(escape(a)));
        Map<String, Object> escapedKw = new LinkedHashMap<>();
        kwargs.forEach((k, v) -> escapedKw.put(k, escape(v)));
        Object result = StrMethods.call(html, name, escaped, escapedKw);
        return result instanceof String s ? new SafeString(s) : result;
    }

    private static Object escape(Object value) {
        if (value instanceof SafeString || value instanceof Markup || !(value instanceof CharSequence)) {
            return value;
        }
        return Markup.escapeText(value.toString());
    }

    private static boolean hasMethod(Class<?> type, String name) {
        for (java.lang.reflect.Method m : type.getMethods()) {
            if (m.getName().equals(name)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public Class<?> getType(ELContext context, Object base, Object property) {
        return null;
    }

    @Override
    public void setValue(ELContext context, Object base, Object property, Object value) {
    }

    @Override
    public boolean isReadOnly(ELContext context, Object base, Object property) {
        return true;
    }

    @Override
    public Iterator<FeatureDescriptor> getFeatureDescriptors(ELContext context, Object base) {
        return null;
    }

    @Override
    public Class<?> getCommonPropertyType(ELContext context, Object base) {
        return Object.class;
    }
}
