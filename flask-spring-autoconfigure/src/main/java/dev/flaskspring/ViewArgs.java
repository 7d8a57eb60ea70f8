package dev.flaskspring;

import dev.flaskspring.exceptions.NotFound;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** The converted URL variables passed to a view; Flask's {@code **view_args}. */
public final class ViewArgs extends LinkedHashMap<String, Object> {

    /** Empty arguments. */
    public ViewArgs() {
    }

    /** Arguments holding {@code values}. */
    public ViewArgs(Map<String, ?> values) {
        super(values);
    }

    /**
     * The value as an int (a number, or text of one). A URL value that is not a whole number or does not fit,
     * such as {@code /4294967297/update} for an {@code <int:id>}, is 404: Python's int has no overflow, so
     * such a URL can only name something that does not exist, never be cut down to another number.
     */
    public int getInt(String name) {
        try {
            return wholeNumber(name).intValueExact();
        } catch (ArithmeticException tooLarge) {
            throw new NotFound();
        }
    }

    /** The value as a long; 404, as {@link #getInt}, for a value that is not a whole number or does not fit. */
    public long getLong(String name) {
        try {
            return wholeNumber(name).longValueExact();
        } catch (ArithmeticException tooLarge) {
            throw new NotFound();
        }
    }

    /** The value as a whole number, a fraction cut toward zero as Python's {@code int()}; 404 when not a number. */
    private BigInteger wholeNumber(String name) {
        Object v = require(name);
        try {
            if (v instanceof BigInteger b) {
                return b;
            }
            if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte) {
                return BigInteger.valueOf(((Number) v).longValue());
            }
            return v instanceof Number n ? BigDecimal.valueOf(n.doubleValue()).toBigInteger() : new BigInteger(v.toString());
        } catch (NumberFormatException notANumber) {
            throw new NotFound();
        }
    }

    /** The value as a double. */
    public double getDouble(String name) {
        Object v = require(name);
        return v instanceof Number n ? n.doubleValue() : Double.parseDouble(v.toString());
    }

    /** The value as text, or null when absent. */
    public String getString(String name) {
        Object v = get(name);
        return v == null ? null : v.toString();
    }

    /** The value as a UUID. */
    public UUID getUuid(String name) {
        Object v = require(name);
        return v instanceof UUID u ? u : UUID.fromString(v.toString());
    }

    /** The value cast to {@code type}, or null when absent. */
    public <T> T get(String name, Class<T> type) {
        return type.cast(get(name));
    }

    private Object require(String name) {
        Object v = get(name);
        if (v == null) {
            throw new IllegalArgumentException("No URL variable named '" + name + "'; have " + keySet() + ".");
        }
        return v;
    }
}
