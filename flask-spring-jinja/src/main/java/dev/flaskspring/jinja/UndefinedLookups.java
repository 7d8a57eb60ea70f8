package dev.flaskspring.jinja;

import jinjava.de.odysseus.el.tree.Bindings;
import jinjava.de.odysseus.el.tree.impl.ast.AstBracket;
import jinjava.de.odysseus.el.tree.impl.ast.AstDot;
import jinjava.de.odysseus.el.tree.impl.ast.AstIdentifier;
import jinjava.de.odysseus.el.tree.impl.ast.AstNode;
import jinjava.javax.el.ELContext;

/**
 * {@code a.b} and {@code a[b]} where {@code a} is undefined raise, as Jinja's {@code Undefined} does
 * ({@code 'a' is undefined}); the EL would give null and go on. An attribute of {@code None} stays undefined, as in
 * Jinja.
 */
final class UndefinedLookups {

    private UndefinedLookups() {
    }

    /** {@code a.name}. */
    static final class Dot extends AstDot {
        private static final long serialVersionUID = 1L;

        Dot(AstNode base, String property, boolean lvalue) {
            super(base, property, lvalue);
        }

        @Override
        public Object eval(Bindings bindings, ELContext context) {
            Object base = prefix.eval(bindings, context);
            if (base == null) {
                throw undefined(prefix);
            }
            return lookup(context, base, property);
        }
    }

    /** {@code a[key]}. */
    static final class Bracket extends AstBracket {
        private static final long serialVersionUID = 1L;

        Bracket(AstNode base, AstNode property, boolean lvalue, boolean strict) {
            super(base, property, lvalue, strict);
        }

        @Override
        public Object eval(Bindings bindings, ELContext context) {
            Object base = prefix.eval(bindings, context);
            if (base == null) {
                throw undefined(prefix);
            }
            Object key = property.eval(bindings, context);
            return key == null ? null : lookup(context, base, key);
        }
    }

    private static Object lookup(ELContext context, Object base, Object property) {
        context.setPropertyResolved(false);
        return context.getELResolver().getValue(context, base, property);
    }

    private static TemplateRuntimeError undefined(AstNode node) {
        String name = node instanceof AstIdentifier identifier ? identifier.getName()
                : node instanceof AstDot dot ? describe(dot) : "the value";
        return new TemplateRuntimeError("'" + name + "' is undefined", null);
    }

    private static String describe(AstDot dot) {
        StringBuilder out = new StringBuilder();
        dot.appendStructure(out, null);
        return out.toString();
    }
}
