package dev.flaskspring.routing;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;

/**
 * A whole number, {@code <int:page>}, as {@link Integer} (or {@link Long}/{@link BigInteger} when
 * larger); Werkzeug's {@code IntegerConverter} with {@code fixed_digits}, {@code min}, {@code max},
 * {@code signed}.
 */
public final class IntegerConverter implements UrlConverter {

    private final int fixedDigits;
    private final BigInteger min;
    private final BigInteger max;
    private final boolean signed;

    /** Unsigned, any length, no bounds. */
    public IntegerConverter() {
        this(0, null, null, false);
    }

    /** With a fixed digit count (0 = any), bounds (null = none) and whether a minus sign is allowed. */
    public IntegerConverter(int fixedDigits, BigInteger min, BigInteger max, boolean signed) {
        this.fixedDigits = fixedDigits;
        this.min = min;
        this.max = max;
        this.signed = signed;
    }

    @Override
    public Object toJava(String segment) {
        if (fixedDigits > 0 && segment.length() != fixedDigits) {
            throw new ValidationError();
        }
        BigInteger n = new BigInteger(segment);
        if ((min != null && n.compareTo(min) < 0) || (max != null && n.compareTo(max) > 0)) {
            throw new ValidationError();
        }
        return narrow(n);
    }

    /** {@code n} as Integer when it fits, else Long, else BigInteger. */
    static Number narrow(BigInteger n) {
        if (n.bitLength() < 32) {
            return n.intValue();
        }
        return n.bitLength() < 64 ? (Number) n.longValue() : n;
    }

    @Override
    public String toUrl(Object value) {
        BigInteger n;
        if (value instanceof BigInteger b) {
            n = b;
        } else if (value instanceof Number num) {
            n = BigInteger.valueOf(num.longValue());
        } else {
            try {
                n = new BigInteger(String.valueOf(value).trim());
            } catch (NumberFormatException e) {
                throw new ValidationError("'" + value + "' is not an integer");
            }
        }
        String s = n.toString();
        if (fixedDigits > 0 && s.length() < fixedDigits) {
            boolean negative = s.startsWith("-");
            String digits = negative ? s.substring(1) : s;
            s = (negative ? "-" : "") + "0".repeat(fixedDigits - s.length()) + digits;
        }
        return s;
    }

    @Override
    public String regex() {
        return signed ? "-?\\d+" : "\\d+";
    }

    @Override
    public int weight() {
        return 50;
    }

    @Override
    public UrlConverter withArguments(List<Object> args, Map<String, Object> kwargs) {
        ConverterArgs a = new ConverterArgs(args, kwargs, "fixed_digits", "min", "max", "signed");
        return new IntegerConverter(a.intOr("fixed_digits", 0), a.bigInteger("min"), a.bigInteger("max"),
                a.bool("signed"));
    }
}
