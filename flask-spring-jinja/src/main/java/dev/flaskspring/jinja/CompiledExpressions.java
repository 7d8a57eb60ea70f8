package dev.flaskspring.jinja;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import jinjava.de.odysseus.el.ExpressionFactoryImpl;
import jinjava.de.odysseus.el.tree.TreeStore;
import jinjava.javax.el.ELContext;
import jinjava.javax.el.ExpressionFactory;
import jinjava.javax.el.MethodExpression;
import jinjava.javax.el.ValueExpression;

/**
 * The engine's expressions ({@code {{ item.title }}}), each parsed once, as Jinja compiles a template's expressions
 * once. Jinjava asks for an expression every time one is evaluated and binds it again to the render's functions; an
 * expression that calls no function binds to nothing that changes between renders, so it is kept bound and reused
 * (evaluating it keeps no state). Expressions with calls are bound at each use, since what a name calls ({@code
 * url_for}, a macro) belongs to the render.
 */
final class CompiledExpressions extends ExpressionFactory {

    /** How many distinct expressions stay parsed and how many stay bound. */
    private static final int SIZE = 4000;

    private final TreeStore store;
    private final ExpressionFactoryImpl factory;
    private final Map<String, ValueExpression> bound = new ConcurrentHashMap<>();

    CompiledExpressions(TreeStore store, ExpressionFactoryImpl factory) {
        this.store = store;
        this.factory = factory;
    }

    @Override
    public ValueExpression createValueExpression(ELContext context, String expression, Class<?> expectedType) {
        if (expectedType != Object.class) {
            return factory.createValueExpression(context, expression, expectedType);
        }
        ValueExpression known = bound.get(expression);
        if (known != null) {
            return known;
        }
        ValueExpression created = factory.createValueExpression(context, expression, expectedType);
        if (!store.get(expression).getFunctionNodes().iterator().hasNext() && bound.size() < SIZE) {
            bound.put(expression, created);
        }
        return created;
    }

    @Override
    public ValueExpression createValueExpression(Object instance, Class<?> expectedType) {
        return factory.createValueExpression(instance, expectedType);
    }

    @Override
    public MethodExpression createMethodExpression(ELContext context, String expression, Class<?> expectedReturnType,
            Class<?>[] expectedParamTypes) {
        return factory.createMethodExpression(context, expression, expectedReturnType, expectedParamTypes);
    }

    @Override
    public Object coerceToType(Object value, Class<?> targetType) {
        return factory.coerceToType(value, targetType);
    }
}
