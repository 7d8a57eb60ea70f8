package dev.flaskspring.routing;

import java.util.List;
import java.util.Map;

/** A decimal number with a fractional part, {@code <float:x>}, as {@link Double}; Werkzeug's {@code FloatConverter}. */
public final class FloatConverter implements UrlConverter {

    private final Double min;
    private final Double max;
    private final boolean signed;

    /** Unsigned, no bounds. */
    public FloatConverter() {
        this(null, null, false);
    }

    /** With bounds (null = none) and whether a minus sign is allowed. */
    public FloatConverter(Double min, Double max, boolean signed) {
        this.min = min;
        this.max = max;
        this.signed = signed;
    }

    @Override
    public Object toJava(String segment) {
        double d = Double.parseDouble(segment);
        if ((min != null && d < min) || (max != null && d > max)) {
            throw new ValidationError();
        }
        return d;
    }

    @Override
    public String toUrl(Object value) {
        double d = value instanceof Number n ? n.doubleValue() : Double.parseDouble(String.valueOf(value));
        return Double.toString(d);
    }

    @Override
    public String regex() {
        return signed ? "-?\\d+\\.\\d+" : "\\d+\\.\\d+";
    }

    @Override
    public int weight() {
        return 50;
    }

    @Override
    public UrlConverter withArguments(List<Object> args, Map<String, Object> kwargs) {
        ConverterArgs a = new ConverterArgs(args, kwargs, "min", "max", "signed");
        return new FloatConverter(a.dbl("min"), a.dbl("max"), a.bool("signed"));
    }
}
