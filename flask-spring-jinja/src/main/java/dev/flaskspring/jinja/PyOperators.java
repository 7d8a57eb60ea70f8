package dev.flaskspring.jinja;

import com.hubspot.jinjava.el.ext.AdditionOperator;
import com.hubspot.jinjava.objects.SafeString;
import java.math.BigDecimal;
import java.util.Iterator;
import java.util.List;
import jinjava.de.odysseus.el.misc.NumberOperations;
import jinjava.de.odysseus.el.misc.TypeConverter;
import jinjava.de.odysseus.el.tree.Bindings;
import jinjava.de.odysseus.el.tree.impl.ast.AstBinary;
import jinjava.de.odysseus.el.tree.impl.ast.AstNode;
import jinjava.javax.el.ELContext;

/**
 * Python's {@code ==}, {@code !=}, {@code and}, {@code ~}, {@code +}, {@code *} and {@code %} (string formatting, and
 * the remainder with the divisor's sign) in place of the EL's.
 */
final class PyOperators {

    static final AstBinary.Operator EQ = new AstBinary.SimpleOperator() {
        @Override
        protected Object apply(TypeConverter converter, Object a, Object b) {
            return equal(a, b);
        }

        @Override
        public String toString() {
            return "==";
        }
    };

    static final AstBinary.Operator NE = new AstBinary.SimpleOperator() {
        @Override
        protected Object apply(TypeConverter converter, Object a, Object b) {
            return !equal(a, b);
        }

        @Override
        public String toString() {
            return "!=";
        }
    };

    /** {@code a and b}: {@code a} when it is false, else {@code b}. */
    static final AstBinary.Operator AND = new AstBinary.Operator() {
        @Override
        public Object eval(Bindings bindings, ELContext context, AstNode left, AstNode right) {
            Object a = left.eval(bindings, context);
            return PyTruth.of(a) ? right.eval(bindings, context) : a;
        }

        @Override
        public String toString() {
            return "&&";
        }
    };

    /** {@code text % values} formats as Python's printf-style; between numbers it stays the remainder. */
    static final AstBinary.Operator MOD = new AstBinary.SimpleOperator() {
        @Override
        protected Object apply(TypeConverter converter, Object a, Object b) {
            if (a instanceof CharSequence || a instanceof SafeString) {
                return PyPercent.format(a.toString(), b);
            }
            if (isIntegral(a) && isIntegral(b)) {
                return Math.floorMod(((Number) a).longValue(), ((Number) b).longValue());
            }
            return NumberOperations.mod(converter, a, b);
        }

        @Override
        public String toString() {
            return "%";
        }
    };

    /** {@code a ~ b}: both as text; safe text if either is, the other escaped, as {@code Markup.__add__}. */
    static final AstBinary.Operator CONCAT = new AstBinary.SimpleOperator() {
        @Override
        protected Object apply(TypeConverter converter, Object a, Object b) {
            return concat(a == null ? "" : a, b == null ? "" : b);
        }

        @Override
        public String toString() {
            return "~";
        }
    };

    /** {@code a + b}: text joined as {@code ~} does, the rest as Jinjava adds (numbers, lists, dicts). */
    static final AstBinary.Operator ADD = new AdditionOperator() {
        @Override
        protected Object apply(TypeConverter converter, Object a, Object b) {
            if (PyCompare.isText(a) && PyCompare.isText(b)) {
                return concat(a, b);
            }
            return super.apply(converter, a, b);
        }
    };

    /** {@code a * b}: a string or list repeated, else the product. */
    static final AstBinary.Operator MUL = new AstBinary.SimpleOperator() {
        @Override
        protected Object apply(TypeConverter converter, Object a, Object b) {
            if (isIntegral(b) && (PyCompare.isText(a) || a instanceof List)) {
                return repeat(a, ((Number) b).intValue());
            }
            if (isIntegral(a) && (PyCompare.isText(b) || b instanceof List)) {
                return repeat(b, ((Number) a).intValue());
            }
            return NumberOperations.mul(converter, a, b);
        }

        @Override
        public String toString() {
            return "*";
        }
    };

    private PyOperators() {
    }

    private static Object concat(Object a, Object b) {
        if (a instanceof SafeString || b instanceof SafeString) {
            return new SafeString(PyStr.output(a, true) + PyStr.output(b, true));
        }
        return PyStr.str(a) + PyStr.str(b);
    }

    private static Object repeat(Object value, int times) {
        if (value instanceof List<?> list) {
            List<Object> out = new java.util.ArrayList<>();
            for (int i = 0; i < times; i++) {
                out.addAll(list);
            }
            return out;
        }
        String text = value.toString().repeat(Math.max(0, times));
        return value instanceof SafeString ? new SafeString(text) : text;
    }

    static AstBinary.Operator python(AstBinary.Operator operator) {
        if (operator == AstBinary.EQ) {
            return EQ;
        }
        if (operator == AstBinary.NE) {
            return NE;
        }
        if (operator == AstBinary.AND) {
            return AND;
        }
        if (operator == AstBinary.MOD) {
            return MOD;
        }
        if (operator == AstBinary.MUL) {
            return MUL;
        }
        if (operator == AdditionOperator.OP) {
            return ADD;
        }
        return operator;
    }

    /** Python's {@code a == b}: numbers by value ({@code 1 == 1.0}, {@code True == 1}), strings by text. */
    static boolean equal(Object a, Object b) {
        if (a == PyNone.INSTANCE) {
            a = null;
        }
        if (b == PyNone.INSTANCE) {
            b = null;
        }
        if (a == b) {
            return true;
        }
        if (a == null || b == null) {
            return false;
        }
        if (isNumeric(a) && isNumeric(b)) {
            return decimal(a).compareTo(decimal(b)) == 0;
        }
        if (isText(a) && isText(b)) {
            return a.toString().equals(b.toString());
        }
        if (a instanceof List<?> x && b instanceof List<?> y) {
            if (x.size() != y.size()) {
                return false;
            }
            Iterator<?> i = x.iterator();
            Iterator<?> j = y.iterator();
            while (i.hasNext()) {
                if (!equal(i.next(), j.next())) {
                    return false;
                }
            }
            return true;
        }
        return a.equals(b);
    }

    private static boolean isIntegral(Object v) {
        return v instanceof Long || v instanceof Integer || v instanceof Short || v instanceof Byte;
    }

    private static boolean isNumeric(Object v) {
        return v instanceof Number || v instanceof Boolean;
    }

    private static boolean isText(Object v) {
        return v instanceof CharSequence || v instanceof SafeString || v instanceof Character;
    }

    private static BigDecimal decimal(Object v) {
        if (v instanceof Boolean b) {
            return b ? BigDecimal.ONE : BigDecimal.ZERO;
        }
        if (v instanceof BigDecimal d) {
            return d;
        }
        if (v instanceof Double || v instanceof Float) {
            double d = ((Number) v).doubleValue();
            return Double.isFinite(d) ? BigDecimal.valueOf(d) : BigDecimal.valueOf(Double.MAX_VALUE).multiply(
                    BigDecimal.valueOf(Math.signum(d)));
        }
        return new BigDecimal(v.toString());
    }
}
